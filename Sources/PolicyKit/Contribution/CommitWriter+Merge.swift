import Foundation
import GitKit

/// Merge commits and fast-forwards that keep every file's mode.
///
/// `write` rebuilds a tree from file contents, every file 100644; a merge must instead commit
/// the tree libgit2 merged, with the executable bits and symbolic links both sides have, and
/// write those to the working tree and index too.
extension CommitWriter {
    /// Merges `other` into the current branch with a merge commit of the merged tree, as `identity`.
    /// `check` runs with the branch tip before each attempt (the tip may move between attempts).
    /// Returns the commit and the paths it changed on the branch.
    func writeMerge(of other: ObjectID, message: String, identity: Signature,
                    check: (ObjectID) throws -> Void = { _ in }) throws -> (commit: ObjectID, changed: [String]) {
        let branch = try currentBranch()
        var lockedAttempts = 0
        for attempt in 1... {
            guard let tip = try repository.referenceTarget(branch) else {
                throw ContributionError.refused("\(branch.dropPrefix("refs/heads/")) has no commits")
            }
            try check(tip)
            let tipTree = try repository.commit(tip).tree
            let tree = try MergedChanges.mergedTree(tip: tip, other: other, in: repository)
            let changes = try repository.treeFileChanges(from: tipTree, to: tree)
            try protectUncommittedFiles(changes, tipTree: tipTree)
            let commit = try repository.createCommit(tree: tree, parents: [tip, other], author: identity, committer: identity,
                                                     message: message)
            try refuseIfInvalid(commit, changed: Set(changes.keys), tip: tip)
            guard try advance(branch, to: commit, from: tip, message: message, attempt: attempt, lockedAttempts: &lockedAttempts) else {
                continue
            }
            try writeWorkingTreeFiles(changes)
            try updateIndexFiles(changes)
            return (commit, changes.keys.sorted())
        }
        throw WriteError.refused("the branch kept moving; try again")
    }

    /// Moves the current branch from `tip` to its descendant `target` without a new commit, and
    /// updates the working tree files and index entries that differ, modes included; refuses,
    /// writing nothing, when the user has uncommitted changes to any of them.
    func fastForwardFiles(from tip: ObjectID, to target: ObjectID, logMessage: String) throws -> [String] {
        let branch = try currentBranch()
        let tipTree = try repository.commit(tip).tree
        let changes = try repository.treeFileChanges(from: tipTree, to: try repository.commit(target).tree)
        try protectUncommittedFiles(changes, tipTree: tipTree)
        try repository.updateReference(branch, to: target, expecting: tip, logMessage: logMessage)
        try writeWorkingTreeFiles(changes)
        try updateIndexFiles(changes)
        return changes.keys.sorted()
    }

    /// What a file is, for comparing the working tree with a tree: a link or not, and its bytes
    /// (a link's target).
    private struct FileState: Equatable {
        var isLink: Bool
        var bytes: [UInt8]
    }

    private func state(of file: TreeFile?) throws -> FileState? {
        guard let file, file.kind != .submodule, file.kind != .tree else { return nil }
        return FileState(isLink: file.kind == .symlink, bytes: try repository.blob(file.id))
    }

    /// The working tree file at `path` as it is on disk, without following a link; nil when absent.
    private func stateOnDisk(_ path: String) -> FileState? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        if info.st_mode & S_IFMT == S_IFLNK {
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) else { return nil }
            return FileState(isLink: true, bytes: Array(target.utf8))
        }
        return FileManager.default.contents(atPath: path).map { FileState(isLink: false, bytes: [UInt8]($0)) }
    }

    /// Like `protectUncommittedWork`, telling a symbolic link from the file it points to.
    private func protectUncommittedFiles(_ changes: [String: TreeFile?], tipTree: ObjectID) throws {
        guard let root = repository.workingDirectory else { return }
        for path in changes.keys.sorted() {
            guard let onDisk = stateOnDisk(root + "/" + path) else { continue }
            let atTip = try repository.entry(at: path, inTree: tipTree).flatMap { entry in
                try state(of: TreeFile(id: entry.id, kind: entry.kind))
            }
            if onDisk != atTip, onDisk != (try state(of: changes[path] ?? nil)) {
                let described = atTip == nil ? "is not committed" : "has uncommitted changes"
                throw WriteError.refused("\(path) \(described); commit, stash or move it first, so that nothing of yours is overwritten")
            }
        }
    }

    /// Writes each changed file (atomically, with its executable bit, or as a symbolic link) and
    /// removes the deleted ones.
    private func writeWorkingTreeFiles(_ changes: [String: TreeFile?]) throws {
        guard let root = repository.workingDirectory else { return }
        for (path, file) in changes.sorted(by: { $0.key < $1.key }) {
            let target = root + "/" + path
            guard let file else {
                if stateOnDisk(target) != nil { try FileManager.default.removeItem(atPath: target) }
                continue
            }
            let bytes = try repository.blob(file.id)
            switch file.kind {
            case .symlink:
                try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)
                // A link made beside the target and renamed over it: never a moment with neither.
                let temporary = "\(target).policylab-\(UUID().uuidString)"
                try FileManager.default.createSymbolicLink(atPath: temporary, withDestinationPath: String(decoding: bytes, as: UTF8.self))
                guard rename(temporary, target) == 0 else {
                    let reason = String(cString: strerror(errno))
                    try? FileManager.default.removeItem(atPath: temporary)  // the rename's error is what matters
                    throw WriteError.refused("cannot write the symbolic link \(path): \(reason)")
                }
            case .executable:
                try WorkingTreeFile.write(bytes, to: target)
                try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: target)
            case .blob:
                try WorkingTreeFile.write(bytes, to: target)
            case .tree, .submodule:
                continue
            }
        }
    }

    /// `updateIndex` with modes: another writer may hold `index.lock` for a moment.
    private func updateIndexFiles(_ entries: [String: TreeFile?]) throws {
        for attempt in 1... {
            do {
                try repository.updateIndexFiles(entries)
                return
            } catch let error as GitError where error.code == .locked {
                if attempt >= 200 {
                    throw WriteError.locked("committed, but could not update the index: " + Self.lockAdvice(error.message)
                        + "; then run 'git reset -q -- <path>' for the files just written")
                }
                usleep(UInt32.random(in: 2_000...10_000))
            }
        }
    }
}

extension String {
    fileprivate func dropPrefix(_ prefix: String) -> String { hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self }
}

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
    func writeMerge(
        of other: ObjectID, message: String, identity: Signature,
        check: (ObjectID) throws -> Void = { _ in }
    ) throws -> (commit: ObjectID, changed: [String]) {
        let branch = try currentBranch()
        return try untilLanded { attempt, lockedAttempts in
            guard let tip = try repository.referenceTarget(branch) else {
                throw ContributionError.refused("\(branch.dropPrefix("refs/heads/")) has no commits")
            }
            try check(tip)
            let tipTree = try repository.commit(tip).tree
            let tree = try MergedChanges.mergedTree(tip: tip, other: other, in: repository)
            let changes = try repository.treeFileChanges(from: tipTree, to: tree)
            try protectUncommittedFiles(changes, tipTree: tipTree)
            let commit = try repository.createCommit(
                tree: tree, parents: [tip, other], author: identity, committer: identity,
                message: message)
            try refuseIfInvalid(commit, changed: Set(changes.keys), tip: tip)
            guard
                try land(
                    commit, on: branch, from: tip, changes: try fileChanges(changes, tipTree: tipTree), message: message,
                    attempt: attempt, lockedAttempts: &lockedAttempts)
            else {
                return nil
            }
            return (commit, changes.keys.sorted())
        }
    }

    /// Moves the current branch from `tip` to its descendant `target` without a new commit, and
    /// updates the working tree files and index entries that differ, modes included; refuses,
    /// writing nothing, when the user has uncommitted changes to any of them.
    func fastForwardFiles(from tip: ObjectID, to target: ObjectID, logMessage: String) throws -> [String] {
        let branch = try currentBranch()
        let tipTree = try repository.commit(tip).tree
        let changes = try repository.treeFileChanges(from: tipTree, to: try repository.commit(target).tree)
        try protectUncommittedFiles(changes, tipTree: tipTree)
        var lockedAttempts = 0
        _ = try land(
            target, on: branch, from: tip, changes: try fileChanges(changes, tipTree: tipTree), message: logMessage, attempt: 1,
            lockedAttempts: &lockedAttempts, compareAndSwap: false)
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

    /// The changes with the file each path had at the tip.
    private func fileChanges(_ changes: [String: TreeFile?], tipTree: ObjectID) throws -> [String: FileChange] {
        var result: [String: FileChange] = [:]
        for (path, new) in changes {
            let old = try repository.entry(at: path, inTree: tipTree).flatMap { $0.kind == .tree ? nil : TreeFile(id: $0.id, kind: $0.kind) }
            result[path] = FileChange(old: old, new: new)
        }
        return result
    }
}

extension String {
    fileprivate func dropPrefix(_ prefix: String) -> String { hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self }
}

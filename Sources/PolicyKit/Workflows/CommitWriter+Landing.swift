import Foundation
import GitKit

/// Landing a commit: the write-ahead journal, the compare-and-swap of the branch, then the work
/// tree and the index, each step durable, so that a crash at any point is completed or undone by
/// the next command (`WriteRecovery`).
extension CommitWriter {
    /// One changed path: its file at the old tip and in the new commit (nil: absent).
    struct FileChange {
        var old: TreeFile?
        var new: TreeFile?
    }

    var state: StateFolder { StateFolder(repository) }

    /// Records the write, moves `branch` from `tip` to `commit` by compare-and-swap, and brings the
    /// work tree and index of exactly `changes` to the commit; false (nothing changed, journal
    /// removed) when the branch moved meanwhile or is locked for a moment.
    func land(
        _ commit: ObjectID, on branch: String, from tip: ObjectID?, changes: [String: FileChange], message: String,
        attempt: Int, lockedAttempts: inout Int, compareAndSwap: Bool = true
    ) throws -> Bool {
        let journal =
            try repository.isBare
            ? nil
            : JournalFile.create(
                WriteJournal(
                    process: getpid(), branch: branch, oldTip: tip?.hex, newCommit: commit.hex, message: message.firstLine,
                    changes: changes.keys.sorted().map { path in
                        WriteJournal.Change(
                            path: path, old: changes[path]?.old.map(WriteJournal.Version.init),
                            new: changes[path]?.new.map(WriteJournal.Version.init))
                    }),
                in: state)
        WriteStep.journalWritten.reached()
        if compareAndSwap {
            guard try advance(branch, to: commit, from: tip, message: message, attempt: attempt, lockedAttempts: &lockedAttempts) else {
                journal?.remove()
                return false
            }
        } else {
            do {
                try repository.updateReference(branch, to: commit, expecting: tip, logMessage: message)
            } catch {
                journal?.remove()
                throw error
            }
        }
        WriteStep.branchMoved.reached()
        try bringWorkingTree(to: changes.mapValues(\.new))
        WriteStep.workingTreeWritten.reached()
        try updateIndex(changes.mapValues(\.new))
        WriteStep.indexWritten.reached()
        journal?.remove()
        WriteStep.journalRemoved.reached()
        return true
    }

    /// Writes each file (atomically, with its mode, or as a symbolic link), removes the deleted
    /// ones, and flushes the folders, so that the files are on disk before the journal goes.
    func bringWorkingTree(to files: [String: TreeFile?]) throws {
        guard let root = repository.workingDirectory else { return }
        var folders = Set<String>()
        for (number, (path, file)) in files.sorted(by: { $0.key < $1.key }).enumerated() {
            let target = root + "/" + path
            try write(file, to: target)
            folders.insert((target as NSString).deletingLastPathComponent)
            if number == 0 { WriteStep.firstFileWritten.reached() }
        }
        for folder in folders.sorted() { try? DurableFile.sync(folder) }
    }

    /// Writes one file of a tree to `target` (nil: removes it).
    func write(_ file: TreeFile?, to target: String) throws {
        guard let file else {
            try WorkingTreeFile.remove(target)
            return
        }
        let bytes = try repository.blob(file.id)
        switch file.kind {
        case .symlink:
            try WorkingTreeFile.writeLink(String(decoding: bytes, as: UTF8.self), at: target, temporaryDirectory: state.temporary)
        case .executable:
            try WorkingTreeFile.write(bytes, to: target, temporaryDirectory: state.temporary, executable: true)
        case .blob:
            try WorkingTreeFile.write(bytes, to: target, temporaryDirectory: state.temporary)
        case .tree, .submodule:
            break
        }
    }

    /// Updates the index entries of the written paths under the index lock; another writer may
    /// hold `index.lock` for a moment, and one a killed policylab left is removed.
    func updateIndex(_ entries: [String: TreeFile?]) throws {
        guard let indexFile = try repository.indexPath() else { return }
        for attempt in 1... {
            do {
                try repository.updateIndexFiles(entries, temporaryDirectory: state.temporary) { WriteStep.indexLocked.reached() }
                return
            } catch let error as GitError where error.code == .locked {
                if LockFile.removeIfAbandoned(indexFile + ".lock") { continue }
                if attempt >= 200 {
                    throw WriteError.locked(
                        "committed, but could not update the index: " + Self.lockAdvice(error.message)
                            + "; then run 'policylab doctor --repair' to finish the write")
                }
                usleep(UInt32.random(in: 2_000...10_000))
            }
        }
    }
}

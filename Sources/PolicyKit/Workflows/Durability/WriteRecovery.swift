import Foundation
import GitKit

/// Finishes or undoes writes a crash interrupted, from their journals (`WriteJournal`), the way the
/// first reader of an SQLite database rolls back a hot journal.
///
/// A journal whose writer still runs is left alone (its `flock` is held). Otherwise: when the branch
/// never reached the journal's commit, the write is discarded (nothing else was touched); when it
/// did, the work tree and index of exactly the journal's paths are brought to the commit. A path
/// the user changed meanwhile is kept as it is and reported; a path a later commit changed again is
/// left to that commit's writer. A damaged journal is never trusted: it is moved aside and reported.
public struct WriteRecovery {
    let repository: Repository
    let state: StateFolder

    /// Recovers the interrupted writes of `repository`.
    public init(repository: Repository) {
        self.repository = repository
        state = StateFolder(repository)
    }

    /// What recovery did, in words for the user.
    public struct Report: Sendable, Equatable {
        /// Writes completed or discarded, and leftovers removed.
        public var done: [String] = []
        /// Paths kept because the user changed them, damaged journals.
        public var warnings: [String] = []
        /// Journals whose writer is still running.
        public var busy = 0

        /// Whether recovery did nothing and has nothing to warn about.
        public var isEmpty: Bool { done.isEmpty && warnings.isEmpty }
    }

    /// The journal files present (complete, interrupted or damaged ones not yet moved aside).
    func journalPaths() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: state.journal)) ?? []
        return names.filter { $0.hasSuffix(".journal") }.sorted().map { state.journal + "/" + $0 }
    }

    /// Whether there may be anything to recover: a cheap look (two folders, one lock file) that
    /// every command makes at start-up.
    public var mayHaveWork: Bool {
        if !journalPaths().isEmpty { return true }
        if let names = try? FileManager.default.contentsOfDirectory(atPath: state.temporary), !names.isEmpty { return true }
        return access(repository.gitDirectory + "/index.lock", F_OK) == 0
    }

    /// Recovers every interrupted write; see the type's summary. Throws when the index cannot be
    /// updated (locked by a running process, or a partial-commit index inside `git commit <paths>`):
    /// the journal then stays for the next command.
    public func recover() throws -> Report {
        var report = Report()
        guard mayHaveWork else { return report }
        let indexFile = try repository.indexPath()
        if let indexFile, let lock = LockFile.inspect(indexFile + ".lock"), lock.isAbandoned,
            LockFile.removeIfAbandoned(lock.path)
        {
            report.done.append("removed \(lock.path), left by policylab process \(lock.ownerProcess ?? 0), which is no longer running")
        }
        for path in journalPaths() {
            switch JournalFile.open(path) {
            case nil:
                continue
            case .busy:
                report.busy += 1
            case .damaged(let file, let reason):
                let moved = file.quarantine()
                report.warnings.append(
                    "the write journal \(path) is damaged (\(reason)), so it was not trusted: moved it to \(moved); "
                        + "check 'git status' for a file the interrupted write left behind")
            case .ready(let file, let journal):
                if let indexFile { try refuseInPartialCommit(indexFile) }
                try recover(journal, report: &report)
                file.remove()
            }
        }
        state.removeAbandonedTemporaries()
        return report
    }

    /// Inside `git commit <paths>` the hook's index is a temporary one that git throws away: the
    /// recovered entries would not reach `.git/index`.
    private func refuseInPartialCommit(_ indexFile: String) throws {
        let name = (indexFile as NSString).lastPathComponent
        guard name != "index", name != "index.lock" else { return }
        throw WriteError.refused(
            "an interrupted policylab write needs recovery, which cannot be done into the temporary index of "
                + "'git commit <paths>': run 'policylab doctor --repair', then commit again")
    }

    private func recover(_ journal: WriteJournal, report: inout Report) throws {
        let label = "'\(journal.message)'"
        guard let commit = ObjectID(hex: journal.newCommit) else {
            report.warnings.append("the write journal of \(label) names no valid commit; discarded it")
            return
        }
        let tip = try repository.referenceTarget(journal.branch)
        let landed = tip == commit || (tip.flatMap { try? repository.isDescendant($0, of: commit) } ?? false)
        guard landed, let tip else {
            report.done.append("discarded the interrupted write \(label): the branch never moved to \(commit.short), so nothing changed")
            return
        }
        let written = try complete(journal, commit: commit, tip: tip, report: &report)
        let branch = journal.branch.hasPrefix("refs/heads/") ? String(journal.branch.dropFirst(11)) : journal.branch
        report.done.append(
            "completed the interrupted write \(label) (commit \(commit.short) on \(branch))"
                + (written.isEmpty ? "" : ": " + written.joined(separator: ", ")))
    }

    /// Brings the work tree and index of the journal's paths to the commit; returns the paths written.
    private func complete(_ journal: WriteJournal, commit: ObjectID, tip: ObjectID, report: inout Report) throws -> [String] {
        guard let root = repository.workingDirectory else { return [] }
        let tipTree = try repository.commit(tip).tree
        let writer = CommitWriter(repository: repository)
        var decisions: [String: CommitWriter.FileChange] = [:]
        var written: [String] = []
        var folders = Set<String>()
        for change in journal.changes {
            let old = change.old?.file, new = change.new?.file
            guard (change.old == nil || old != nil), (change.new == nil || new != nil), (try? Repository.validateTreePath(change.path)) != nil else {
                report.warnings.append("the write journal of commit \(commit.short) holds an invalid entry for '\(change.path)'; skipped it")
                continue
            }
            let atTip = try repository.entry(at: change.path, inTree: tipTree).flatMap { $0.kind == .tree ? nil : TreeFile(id: $0.id, kind: $0.kind) }
            // A later commit changed the path again: its own write brings it.
            guard atTip == new else { continue }
            let target = root + "/" + change.path
            let onDisk = WorkingTreeFile.state(target)
            if try matches(onDisk, new, exactly: true) {
                // already there
            } else if try matches(onDisk, old, exactly: false) {
                try writer.write(new, to: target)
                written.append(change.path)
                folders.insert((target as NSString).deletingLastPathComponent)
            } else {
                report.warnings.append(
                    "\(change.path) was changed after the interrupted write of commit \(commit.short); kept your version "
                        + "(it now differs from the commit: see 'git diff -- \(change.path)')")
            }
            decisions[change.path] = CommitWriter.FileChange(old: old, new: new)
            for leftover in WorkingTreeFile.removeAbandonedTemporaries(beside: target) {
                report.done.append("removed the temporary file \(leftover)")
            }
        }
        for folder in folders.sorted() { try? DurableFile.sync(folder) }
        var kept: [String] = []
        try withIndexLockRetry {
            kept = []
            try repository.editIndexEntries(paths: decisions.keys, temporaryDirectory: state.temporary) { path, current in
                guard let decision = decisions[path], current != decision.new else { return .keep }
                guard current == decision.old else {
                    kept.append(path)
                    return .keep
                }
                return decision.new.map { .set($0) } ?? .remove
            }
        }
        for path in kept.sorted() {
            report.warnings.append("\(path): the index holds a version staged after the interrupted write of commit \(commit.short); kept it")
        }
        return written
    }

    /// Whether the file on disk is `file` (both absent counts); `exactly` also compares the executable bit.
    private func matches(_ onDisk: WorkingTreeFile.State?, _ file: TreeFile?, exactly: Bool) throws -> Bool {
        guard let file else { return onDisk == nil }
        guard let onDisk, onDisk.isLink == (file.kind == .symlink) else { return false }
        if exactly, !onDisk.isLink, onDisk.isExecutable != (file.kind == .executable) { return false }
        return try repository.blobID(of: onDisk.bytes) == file.id
    }

    private func withIndexLockRetry(_ body: () throws -> Void) throws {
        for attempt in 1... {
            do {
                return try body()
            } catch let error as GitError where error.code == .locked {
                if attempt >= 100 { throw WriteError.locked(CommitWriter.lockAdvice(error.message)) }
                usleep(UInt32.random(in: 2_000...10_000))
            }
        }
    }
}

import Foundation
import GitKit

/// Looks for what interrupted or killed writes leave behind: write journals, stale locks and leftover
/// temporary files, found without changing anything.
public struct WriteDoctor {
    let repository: Repository
    let state: StateFolder

    /// Examines the state of `repository`.
    public init(repository: Repository) {
        self.repository = repository
        state = StateFolder(repository)
    }

    /// The state of one write journal.
    public enum JournalState: Sendable, Equatable {
        /// Its writer is still running.
        case inProgress
        /// Its writer died after the branch moved: recovery completes it for these paths.
        case toComplete(commit: String, branch: String, message: String, paths: [String])
        /// Its writer died before the branch moved: recovery discards it.
        case toDiscard(commit: String, message: String)
        /// It cannot be trusted: recovery sets it aside.
        case damaged(String)
    }

    /// Everything found.
    public struct Diagnosis: Sendable, Equatable {
        /// Journals by path.
        public var journals: [(path: String, state: JournalState)] = []
        /// Damaged journals already set aside (`*.damaged`).
        public var setAside: [String] = []
        /// Lock files present, with what is known of their owner.
        public var locks: [LockFile.State] = []
        /// Temporary files of processes no longer running.
        public var abandonedTemporaries: [String] = []

        /// Whether nothing needs attention.
        public var isClean: Bool { journals.isEmpty && setAside.isEmpty && locks.isEmpty && abandonedTemporaries.isEmpty }

        /// Two diagnoses are equal when they found the same journals in the same states, locks and leftovers.
        public static func == (lhs: Diagnosis, rhs: Diagnosis) -> Bool {
            lhs.journals.map(\.path) == rhs.journals.map(\.path) && lhs.journals.map(\.state) == rhs.journals.map(\.state)
                && lhs.setAside == rhs.setAside && lhs.locks == rhs.locks && lhs.abandonedTemporaries == rhs.abandonedTemporaries
        }
    }

    /// Finds every journal (and what recovery would do with it), damaged journal set aside, lock file and
    /// abandoned temporary file, changing nothing.
    public func diagnose() throws -> Diagnosis {
        var diagnosis = Diagnosis()
        for path in WriteRecovery(repository: repository).journalPaths() {
            switch JournalFile.open(path) {
            case nil: continue
            case .busy: diagnosis.journals.append((path, .inProgress))
            case .damaged(let file, let reason):
                file.close()
                diagnosis.journals.append((path, .damaged(reason)))
            case .ready(let file, let journal):
                defer { file.close() }
                let commit = ObjectID(hex: journal.newCommit)
                let tip = try repository.referenceTarget(journal.branch)
                let landed =
                    commit.map { commit in
                        tip == commit || (tip.flatMap { try? repository.isDescendant($0, of: commit) } ?? false)
                    } ?? false
                let branch = journal.branch.hasPrefix("refs/heads/") ? String(journal.branch.dropFirst(11)) : journal.branch
                diagnosis.journals.append(
                    (
                        path,
                        landed
                            ? .toComplete(
                                commit: String(journal.newCommit.prefix(7)), branch: branch, message: journal.message,
                                paths: journal.changes.map(\.path))
                            : .toDiscard(commit: String(journal.newCommit.prefix(7)), message: journal.message)
                    ))
            }
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: state.journal)) ?? []
        diagnosis.setAside = names.filter { $0.hasSuffix(".damaged") }.sorted().map { state.journal + "/" + $0 }
        diagnosis.locks = try lockFiles().compactMap(LockFile.inspect)
        let temporaries = (try? FileManager.default.contentsOfDirectory(atPath: state.temporary)) ?? []
        diagnosis.abandonedTemporaries = temporaries.sorted().map { state.temporary + "/" + $0 }.filter(StateFolder.isAbandoned)
        return diagnosis
    }

    /// The lock files git and policylab may leave: the index's, HEAD's, the config's, packed-refs'
    /// and every reference's.
    func lockFiles() throws -> [String] {
        let git = repository.gitDirectory
        var paths = ["\(git)/HEAD.lock", "\(git)/config.lock", "\(git)/packed-refs.lock"]
        if let index = try repository.indexPath() { paths.insert(index + ".lock", at: 0) }
        if let walker = FileManager.default.enumerator(atPath: git + "/refs") {
            var seen = 0
            while let name = walker.nextObject() as? String, seen < 100_000 {
                seen += 1
                if name.hasSuffix(".lock") { paths.append(git + "/refs/" + name) }
            }
        }
        return paths.filter { access($0, F_OK) == 0 }
    }

    /// Recovers interrupted writes, removes locks that a killed policylab left, abandoned
    /// temporaries and set-aside journals; locks of unknown owners are left (reported by `diagnose`).
    public func repair() throws -> WriteRecovery.Report {
        let temporaries = state.removeAbandonedTemporaries()
        var report = try WriteRecovery(repository: repository).recover()
        for lock in try lockFiles().compactMap(LockFile.inspect) where lock.isAbandoned {
            if LockFile.removeIfAbandoned(lock.path) {
                report.done.append("removed \(lock.path), left by policylab process \(lock.ownerProcess ?? 0), which is no longer running")
            }
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: state.journal)) ?? []
        for name in names.sorted() where name.hasSuffix(".damaged") {
            if unlink(state.journal + "/" + name) == 0 { report.done.append("removed the damaged journal \(state.journal)/\(name)") }
        }
        for name in temporaries {
            report.done.append("removed the temporary file \(state.temporary)/\(name)")
        }
        return report
    }
}

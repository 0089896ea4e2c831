import Foundation
import GitKit

/// Makes one commit holding exactly the files a command changes, as "Writing safely" in the design says.
///
/// Each attempt reads the branch tip, asks the command for its changes against that tip, builds
/// the new tree in an in-memory index (so the user's other staged and unstaged work is never swept
/// in), validates the would-be knowledge base straight from git objects, and moves the branch by
/// compare-and-swap. When another writer moved it first, everything is redone on the new tip. A
/// write-ahead journal is flushed before the branch moves; only after it moved are the files
/// written to the working tree (each atomically) and their index entries updated under the index
/// lock, so `git status` is clean for them; then the journal is removed. A writer killed in
/// between leaves the journal, which the next command's `WriteRecovery` completes or discards.
public struct CommitWriter {
    /// How often to redo the write on a moved branch before giving up.
    static let maximumAttempts = 100
    /// How often to find the branch locked (about two seconds) before taking the lock for a leftover.
    static let maximumLockedAttempts = 200

    /// What a write did: the commit made and the files changed.
    public struct Outcome: Sendable {
        /// The commit made; nil when the files were only written to the working tree or only reported.
        public var commit: ObjectID?
        /// The new contents of every changed path (nil for a deleted one).
        public var changes: [String: [UInt8]?]
    }

    /// Whether a write commits, only writes the working tree, or only reports.
    public enum Mode: Sendable {
        /// Commit the changes and move the branch, then bring the working tree and index to the commit.
        case commit
        /// Write the files to the working tree only.
        case noCommit
        /// Write nothing; report what would be written.
        case dryRun
    }

    /// The knowledge base's repository written to.
    public let repository: Repository
    /// The tip's reference index, for validating a write by what it changes.
    let references: ReferenceIndexCache

    /// A writer that commits to the current branch of `repository`.
    public init(repository: Repository) {
        self.repository = repository
        references = ReferenceIndexCache(gitDirectory: repository.gitDirectory)
    }

    /// Notes for standard error from the writes so far (a damaged cache that was rebuilt).
    public var notes: [String] { references.notes }

    /// Commits the changes `makeChanges` computes from the branch tip (path to new contents, nil to delete).
    /// - Parameter validate: whether to refuse a change that makes the knowledge base invalid.
    /// - Parameter otherParents: parents after the tip, for a merge commit (merging a contribution, syncing).
    @discardableResult
    public func write(
        message: String, author: Signature, committer: Signature, mode: Mode = .commit, validate: Bool = true,
        otherParents: [ObjectID] = [], _ makeChanges: (Snapshot) throws -> [String: [UInt8]?]
    ) throws -> Outcome {
        let branch = try currentBranch()
        return try untilLanded { attempt, lockedAttempts in
            let snapshot = try Snapshot(repository: repository, tip: try repository.referenceTarget(branch), references: references)
            let changes = try makeChanges(snapshot)
            try protectUncommittedWork(changes, snapshot: snapshot)
            var treeChanges: [String: TreeChange] = [:]
            var fileChanges: [String: FileChange] = [:]
            for (path, contents) in changes {
                let blob = try contents.map { try repository.writeBlob($0) }
                treeChanges[path] = blob.map { .blob($0, executable: false) } ?? .remove
                fileChanges[path] = FileChange(old: try snapshot.file(path), new: blob.map { TreeFile(id: $0, kind: .blob) })
            }
            let tree = try repository.buildTree(base: snapshot.tree, changes: treeChanges)
            let commit = try repository.createCommit(
                tree: tree, parents: (snapshot.tip.map { [$0] } ?? []) + otherParents, author: author,
                committer: committer, message: message)
            let newIndex = validate ? try refuseIfInvalid(commit, tree: tree, changes: changes, snapshot: snapshot) : nil
            switch mode {
            case .dryRun:
                return Outcome(commit: nil, changes: changes)
            case .noCommit:
                try bringWorkingTree(to: fileChanges.mapValues(\.new))
                return Outcome(commit: nil, changes: changes)
            case .commit:
                break
            }
            guard
                try land(
                    commit, on: branch, from: snapshot.tip, changes: fileChanges, message: message, attempt: attempt,
                    lockedAttempts: &lockedAttempts)
            else {
                return nil
            }
            if let newIndex { references.keep(newIndex) }
            return Outcome(commit: commit, changes: changes)
        }
    }

    /// Runs `attempt` (numbered from 1) until it returns a value: nil means that the branch
    /// moved, or was locked for a moment, before the commit landed, so the tip is read again.
    /// `advance` ends the retries: it throws once the branch keeps moving or stays locked.
    func untilLanded<Value>(_ attempt: (_ number: Int, _ lockedAttempts: inout Int) throws -> Value?) throws -> Value {
        var lockedAttempts = 0
        for number in 1... {
            if let value = try attempt(number, &lockedAttempts) { return value }
        }
        throw WriteError.refused("the branch kept moving; try again")
    }

    /// The full name of the branch HEAD is on; a detached HEAD is refused.
    func currentBranch() throws -> String {
        switch try repository.head() {
        case .branch(let name, _): return name
        case .detached(let commit):
            throw WriteError.detachedHead(
                "HEAD is detached at \(commit.short): switch to a branch first (git switch main), so that the commit has a branch to go on")
        }
    }

    /// Refuses to overwrite a working tree file whose content is not what the tip holds: it has
    /// uncommitted changes (or is untracked), and the commit would otherwise destroy them.
    func protectUncommittedWork(_ changes: [String: [UInt8]?], snapshot: Snapshot) throws {
        guard let root = repository.workingDirectory else { return }
        for path in changes.keys.sorted() {
            let onDisk = FileManager.default.contents(atPath: root + "/" + path).map { [UInt8]($0) }
            let atTip = try snapshot.read(path)
            if onDisk != nil, onDisk != atTip, onDisk != changes[path] ?? nil {
                let state = atTip == nil ? "is not committed" : "has uncommitted changes"
                throw WriteError.refused("\(path) \(state); commit, stash or move it first, so that nothing of yours is overwritten")
            }
        }
    }

    /// Moves `branch` from `tip` to `commit` by compare-and-swap: true when done, false when
    /// another writer moved it first or holds its lock for a moment (try again); a lock that stays
    /// was left by a crash, and is reported.
    func advance(
        _ branch: String, to commit: ObjectID, from tip: ObjectID?, message: String, attempt: Int,
        lockedAttempts: inout Int
    ) throws -> Bool {
        do {
            try repository.updateReference(branch, to: commit, expecting: tip, logMessage: "policylab: \(message.firstLine)")
            return true
        } catch let error as GitError where error.code == .modified && attempt < Self.maximumAttempts {
            usleep(UInt32.random(in: 1_000...(5_000 * UInt32(min(attempt, 10)))))
            return false
        } catch let error as GitError where error.code == .locked {
            lockedAttempts += 1
            guard lockedAttempts < Self.maximumLockedAttempts else { throw WriteError.locked(Self.lockAdvice(error.message)) }
            usleep(UInt32.random(in: 5_000...15_000))
            return false
        }
    }

    static func lockAdvice(_ message: String) -> String {
        "\(message). Another git or policylab process may be writing; if none is running, a crashed one left the lock behind: remove that .lock file and try again"
    }
}

extension String {
    var firstLine: String { String(prefix { $0 != "\n" }) }
}

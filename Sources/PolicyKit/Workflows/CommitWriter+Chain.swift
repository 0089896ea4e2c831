import GitKit

/// A chain of commits landed at once (an imported history): each commit is built on the one
/// before it and validated like any write, then the branch moves once, from the tip to the last
/// one, through the same journal, compare-and-swap, working tree and index steps as every write.
/// Nothing lands unless every commit of the chain is valid.
extension CommitWriter {
    /// One commit of a chain.
    public struct ChainStep: Sendable {
        /// The commit message, trailers included.
        public var message: String
        /// Who wrote it, and when.
        public var author: Signature
        /// Path to new contents (nil deletes); paths whose contents are already there are left out.
        public var changes: [String: [UInt8]?]

        /// A step with all its parts.
        public init(message: String, author: Signature, changes: [String: [UInt8]?]) {
            self.message = message
            self.author = author
            self.changes = changes
        }
    }

    /// What a chain did.
    public struct ChainOutcome: Sendable {
        /// The commits made, oldest first (empty when nothing changed, or on a dry run: then `planned` counts them).
        public var commits: [ObjectID]
        /// How many commits the chain holds (made, or that a dry run would make).
        public var planned: Int
        /// Every path the chain changes, with its final contents.
        public var changes: [String: [UInt8]?]
    }

    /// Builds and validates the steps `makeSteps` computes from the branch tip, leaving out the
    /// steps that change nothing, and lands them (by `mode`). A step whose commit would make the
    /// knowledge base invalid is given to `repair` with the errors; it returns the step to try
    /// instead (nil: give up, and the write throws `WriteError.invalid` with those errors).
    public func writeChain(
        committer: Signature, mode: Mode, _ makeSteps: (Snapshot) throws -> [ChainStep],
        repair: (ChainStep, [Finding]) -> ChainStep? = { _, _ in nil }
    ) throws -> ChainOutcome {
        let branch = try currentBranch()
        return try untilLanded { attempt, lockedAttempts in
            let snapshot = try Snapshot(repository: repository, tip: try repository.referenceTarget(branch), references: references)
            var parent = snapshot.tip
            var tree = snapshot.tree
            var commits: [ObjectID] = []
            var touched = Set<String>()
            // Each commit is judged by what it changes against the reference index of the one before
            // (as a single write is); a change only a full load can judge is validated in full.
            var index: ReferenceIndex? = try snapshot.referenceIndex()
            for original in try makeSteps(snapshot) {
                var step = original
                for _ in 0..<100 {
                    let changes = try step.changes.filter { path, contents in try current(path, in: tree) != contents }
                    guard !changes.isEmpty else { break }
                    try protectUncommittedWork(changes, snapshot: snapshot)
                    var treeChanges: [String: TreeChange] = [:]
                    for (path, contents) in changes {
                        treeChanges[path] = try contents.map { .blob(try repository.writeBlob($0), executable: false) } ?? .remove
                    }
                    let newTree = try repository.buildTree(base: tree, changes: treeChanges)
                    let commit = try repository.createCommit(
                        tree: newTree, parents: parent.map { [$0] } ?? [], author: step.author, committer: committer, message: step.message)
                    let verdict = try index.flatMap {
                        try IncrementalValidation(repository: repository).verdict(tip: $0, newTree: newTree, changes: changes)
                    }
                    let refused = try verdict?.refused ?? Self.fullyRefused(commit, changed: Set(changes.keys), tip: parent, in: repository)
                    if refused.isEmpty {
                        index = try verdict?.index ?? references.index(commit: commit, tree: newTree, in: repository)
                        commits.append(commit)
                        touched.formUnion(changes.keys)
                        parent = commit
                        tree = newTree
                        break
                    }
                    guard let repaired = repair(step, refused) else { throw WriteError.invalid(refused.sortedForDisplay()) }
                    step = repaired
                }
            }
            var finalChanges: [String: [UInt8]?] = [:]
            var fileChanges: [String: FileChange] = [:]
            for path in touched {
                let file = try tree.flatMap { try repository.entry(at: path, inTree: $0) }.map { TreeFile(id: $0.id, kind: $0.kind) }
                finalChanges[path] = try file.map { try repository.blob($0.id) }
                fileChanges[path] = FileChange(old: try snapshot.file(path), new: file)
            }
            guard let last = commits.last else { return ChainOutcome(commits: [], planned: 0, changes: [:]) }
            switch mode {
            case .dryRun:
                return ChainOutcome(commits: [], planned: commits.count, changes: finalChanges)
            case .noCommit:
                try bringWorkingTree(to: fileChanges.mapValues(\.new))
                return ChainOutcome(commits: [], planned: commits.count, changes: finalChanges)
            case .commit:
                break
            }
            guard
                try land(
                    last, on: branch, from: snapshot.tip, changes: fileChanges, message: "import: \(commits.count) commits",
                    attempt: attempt, lockedAttempts: &lockedAttempts)
            else {
                return nil
            }
            if let index { references.keep(index) }
            return ChainOutcome(commits: commits, planned: commits.count, changes: finalChanges)
        }
    }

    /// The bytes at `path` in `tree` (nil when absent).
    private func current(_ path: String, in tree: ObjectID?) throws -> [UInt8]? {
        guard let tree, let entry = try repository.entry(at: path, inTree: tree), entry.kind == .blob || entry.kind == .executable else {
            return nil
        }
        return try repository.blob(entry.id)
    }
}

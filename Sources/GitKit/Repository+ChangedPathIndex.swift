import Foundation
import Platform

extension Repository {
    /// Adds to `index` every commit reachable from `tip` that it lacks, each diffed against its
    /// first parent (identical subtrees are skipped unread), and records `tip` as complete.
    /// Returns whether anything was added.
    ///
    /// The commits are diffed on up to `workers` threads (default: one per processor), each
    /// with its own handle on the repository and a contiguous run of the walk, so that a
    /// commit's trees are still at hand as its parent's.
    @discardableResult
    public func updateChangedPathIndex(_ index: inout ChangedPathIndex, to tip: ObjectID, workers: Int? = nil) throws -> Bool {
        guard !index.contains(tip) else { return false }
        // Tips already indexed hide their (indexed) ancestry from the walk; a tip that is gone
        // from the object store (pruned branch) cannot be hidden and is simply left out.
        let hidden = try index.tips.filter { tip in try nilOnError(.notFound) { try lookupCommit(tip) } != nil }
        var commits: [(id: ObjectID, tree: ObjectID, parents: [ObjectID])] = []
        try walkCommitIDs(from: tip, hiding: hidden, sorted: false) { commit in
            guard !index.contains(commit) else { return true }
            let (tree, parents) = try treeAndParents(of: commit)
            commits.append((commit, tree, parents))
            return true
        }
        let trees = Dictionary(commits.map { ($0.id, $0.tree) }, uniquingKeysWith: { first, _ in first })
        // A first parent outside the walk is already indexed (or hidden): read its tree.
        let pairs = try commits.map { commit in
            (old: try commit.parents.first.map { try trees[$0] ?? treeAndParents(of: $0).tree }, new: commit.tree)
        }
        let changed = try changedFiles(pairs, workers: workers ?? ProcessInfo.processInfo.activeProcessorCount)
        for (commit, paths) in zip(commits, changed) { index.add(commit.id, parents: commit.parents, changed: paths) }
        index.addTip(tip)
        return true
    }

    /// `changedFiles` for each pair, in order, split into contiguous runs over `workers` threads.
    private func changedFiles(_ pairs: [(old: ObjectID?, new: ObjectID)], workers: Int) throws -> [[String]] {
        // Below a few hundred commits, opening more repositories costs more than it saves.
        let runs = max(1, min(workers, pairs.count / 256))
        if runs == 1 {
            let reader = try RawTreeReader(repository: self)
            return try pairs.map { try changedFiles(old: $0.old, new: $0.new, reader: reader) }
        }
        let gitDirectory = self.gitDirectory
        return try ParallelRuns.map(pairs.count, runs: runs) { range throws(any Error) in
            // One repository handle per thread: libgit2 handles are not shared across threads.
            let repository = try Repository.open(at: gitDirectory)
            let reader = try RawTreeReader(repository: repository)
            return try pairs[range].map { try repository.changedFiles(old: $0.old, new: $0.new, reader: reader) }
        }.flatMap { $0 }
    }
}

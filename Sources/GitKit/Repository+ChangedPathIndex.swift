extension Repository {
    /// Adds to `index` every commit reachable from `tip` that it lacks, each diffed against its
    /// first parent (identical subtrees are skipped unread), and records `tip` as complete.
    /// Returns whether anything was added.
    @discardableResult
    public func updateChangedPathIndex(_ index: inout ChangedPathIndex, to tip: ObjectID) throws -> Bool {
        guard !index.contains(tip) else { return false }
        // Tips already indexed hide their (indexed) ancestry from the walk; a tip that is gone
        // from the object store (pruned branch) cannot be hidden and is simply left out.
        let hidden = try index.tips.filter { tip in try nilOnError(.notFound) { try lookupCommit(tip) } != nil }
        // A parent's tree and parents are needed again when the walk reaches it.
        var known: [ObjectID: (tree: ObjectID, parents: [ObjectID])] = [:]
        func details(of commit: ObjectID) throws -> (tree: ObjectID, parents: [ObjectID]) {
            if let details = known[commit] { return details }
            let details = try treeAndParents(of: commit)
            known[commit] = details
            return details
        }
        try walkCommitIDs(from: tip, hiding: hidden, sorted: false) { commit in
            guard !index.contains(commit) else { return true }
            let (tree, parents) = try details(of: commit)
            known[commit] = nil
            let parentTree = try parents.first.map { try details(of: $0).tree }
            index.add(commit, parents: parents, changed: try changedFiles(old: parentTree, new: tree))
            return true
        }
        index.addTip(tip)
        return true
    }
}

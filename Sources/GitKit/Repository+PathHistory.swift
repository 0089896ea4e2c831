internal import CGit2

extension Repository {
    /// Calls `body` with each commit reachable from `start` (and not from `hiding`) that changed
    /// the file at `path`, newest first; returning false stops the walk.
    ///
    /// Like `git log -- PATH`, a merge that took the file unchanged from one parent is skipped and
    /// only that parent's line is followed. The walk goes on past a commit that added the file,
    /// through the times the path did not exist, so a file deleted and later re-created at the same
    /// path shows both lives (as `git log -- PATH` does). With `followRenames`, a commit that brings
    /// the file into being is checked for a rename (git's similarity rules) and the walk goes on with
    /// the old path instead (as `git log --follow` does).
    ///
    /// Fast without changed-path filters: only the tree entries along the path are compared, each
    /// tree is read at most once, and subtrees with the same id are never opened twice. With an
    /// `index` (see `updateChangedPathIndex`), the commits it shows left the file alone are
    /// passed over without reading any tree; the result is the same.
    public func pathHistory(
        of path: String, from start: ObjectID, hiding: [ObjectID] = [], followRenames: Bool = true,
        index: ChangedPathIndex? = nil, _ body: (PathChange) throws -> Bool
    ) throws {
        let step = PathHistoryStep(repository: self, followRenames: followRenames, index: index)
        if index != nil, hiding.isEmpty, let changes = try lineHistory(of: path, from: start, step) {
            for change in changes where try !body(change) { return }
            return
        }
        var wanted: [ObjectID: (path: String, present: Bool)] = [start: (path, false)]
        try walkCommitIDs(from: start, hiding: hiding) { id in
            guard let current = wanted.removeValue(forKey: id) else { return true }
            let (change, next) = try step.step(id, path: current.path, present: current.present)
            for parent in next where wanted[parent.commit] == nil { wanted[parent.commit] = (parent.path, parent.present) }
            guard let change else { return !wanted.isEmpty }
            return try body(change) && !wanted.isEmpty
        }
    }

    /// The history while it follows a single line of commits, found from the index without
    /// walking the commit graph: nil as soon as it splits in two at a merge, where only a walk
    /// in `git log`'s order can tell in which order the two lines' changes come.
    private func lineHistory(of path: String, from start: ObjectID, _ step: PathHistoryStep) throws -> [PathChange]? {
        var changes: [PathChange] = []
        var current = PathHistoryStep.Next(commit: start, path: path, present: false)
        while true {
            let (change, next) = try step.step(current.commit, path: current.path, present: current.present)
            if let change { changes.append(change) }
            guard next.count <= 1 else { return nil }
            guard let parent = next.first else { return changes }
            current = parent
        }
    }

    /// The old path of the file renamed to `path` between two trees, if it was renamed.
    func renameSource(of path: String, from old: ObjectID, to new: ObjectID) throws -> String? {
        try diffTrees(old: old, new: new, detectRenames: true)
            .first { $0.status == .renamed && $0.newPath == path }?.oldPath
    }

    /// A commit's tree and parents, without copying its message and signatures.
    func treeAndParents(of id: ObjectID) throws -> (tree: ObjectID, parents: [ObjectID]) {
        try lookupCommit(id).withPointer { commit in
            guard let tree = git_commit_tree_id(commit) else {
                throw GitError(code: .other(-1), function: "git_commit_tree_id", message: "commit \(id.hex) has no tree")
            }
            let parents = (0..<git_commit_parentcount(commit)).compactMap { git_commit_parent_id(commit, $0).map { ObjectID($0) } }
            return (ObjectID(tree), parents)
        }
    }

    /// Calls `body` with the id of each commit reachable from `start` and not from `hiding`,
    /// children before parents (then newest first); returning false stops.
    /// Unsorted (`sorted: false`), the order is whatever is cheapest.
    func walkCommitIDs(
        from start: ObjectID, hiding: [ObjectID], sorted: Bool = true,
        _ body: (ObjectID) throws -> Bool
    ) throws {
        let walker = try Handle.make("git_revwalk_new", release: git_revwalk_free) { git_revwalk_new($0, pointer) }
        try walker.withPointer { walker in
            if sorted {
                try check(git_revwalk_sorting(walker, GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_TIME.rawValue), "git_revwalk_sorting")
            }
            var oid = start.oid
            try check(git_revwalk_push(walker, &oid), "git_revwalk_push")
            for hidden in hiding {
                var hiddenOID = hidden.oid
                try check(git_revwalk_hide(walker, &hiddenOID), "git_revwalk_hide")
            }
            while true {
                let more = try nilOnError(.other(GIT_ITEROVER.rawValue)) {
                    try check(git_revwalk_next(&oid, walker), "git_revwalk_next")
                }
                if more == nil { return }
                guard try body(ObjectID(oid)) else { return }
            }
        }
    }
}

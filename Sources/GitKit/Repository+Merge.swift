internal import CGit2

extension Repository {
    /// The best common ancestor of two commits, or nil when their histories are unrelated.
    public func mergeBase(_ one: ObjectID, _ two: ObjectID) throws -> ObjectID? {
        var result = git_oid()
        var first = one.oid
        var second = two.oid
        return try nilOnError(.notFound) {
            try check(git_merge_base(&result, pointer, &first, &second), "git_merge_base")
            return ObjectID(result)
        }
    }

    /// Whether `commit` has `ancestor` in its history (a commit is not its own descendant).
    public func isDescendant(_ commit: ObjectID, of ancestor: ObjectID) throws -> Bool {
        var descendant = commit.oid
        var base = ancestor.oid
        return try check(git_graph_descendant_of(pointer, &descendant, &base), "git_graph_descendant_of") == 1
    }

    /// Merges `theirs` into `ours` in memory (git's recursive strategy, with rename detection).
    ///
    /// On success the merged tree is written to the object database; nothing else is written,
    /// and the index and work tree are not touched.
    public func mergeCommits(ours: ObjectID, theirs: ObjectID) throws -> MergeResult {
        let ourCommit = try lookupCommit(ours)
        let theirCommit = try lookupCommit(theirs)
        var options = git_merge_options()
        try check(git_merge_options_init(&options, UInt32(GIT_MERGE_OPTIONS_VERSION)), "git_merge_options_init")
        let index = try ourCommit.withPointer { ourPointer in
            try theirCommit.withPointer { theirPointer in
                try Handle.make("git_merge_commits", release: git_index_free) {
                    git_merge_commits($0, pointer, ourPointer, theirPointer, &options)
                }
            }
        }
        return try index.withPointer { index in
            if git_index_has_conflicts(index) != 0 { return .conflicts(try conflicts(in: index)) }
            var oid = git_oid()
            try check(git_index_write_tree_to(&oid, index, pointer), "git_index_write_tree_to")
            return .clean(tree: ObjectID(oid))
        }
    }

    private func conflicts(in index: OpaquePointer) throws -> [MergeConflict] {
        let iterator = try Handle.make("git_index_conflict_iterator_new", release: git_index_conflict_iterator_free) {
            git_index_conflict_iterator_new($0, index)
        }
        return try iterator.withPointer { iterator in
            var result: [MergeConflict] = []
            while true {
                var ancestor: UnsafePointer<git_index_entry>?
                var ours: UnsafePointer<git_index_entry>?
                var theirs: UnsafePointer<git_index_entry>?
                let more = try nilOnError(.other(GIT_ITEROVER.rawValue)) {
                    try check(git_index_conflict_next(&ancestor, &ours, &theirs, iterator), "git_index_conflict_next")
                }
                if more == nil { return result }
                let path = [ours, theirs, ancestor].lazy.compactMap { $0?.pointee.path }.first.map { String(cString: $0) }
                result.append(
                    MergeConflict(
                        path: path ?? "", ancestor: ancestor.map { ObjectID($0.pointee.id) },
                        ours: ours.map { ObjectID($0.pointee.id) },
                        theirs: theirs.map { ObjectID($0.pointee.id) }))
            }
        }
    }
}

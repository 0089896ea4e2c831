internal import CGit2

extension Repository {
    /// Calls `body` with each commit reachable from `start`, newest first: children before
    /// their parents, otherwise by commit time (as `git log --date-order`). Returning false
    /// from `body` stops the walk.
    ///
    /// `Commit` values are read one at a time, as `body` asks for them; libgit2 does work
    /// out the order up front, reading the headers of every reachable commit.
    /// - Parameter hidden: commits whose history is left out (`git log START ^HIDDEN`).
    public func walkHistory(from start: ObjectID, hiding hidden: [ObjectID] = [], _ body: (Commit) throws -> Bool) throws {
        let walker = try Handle.make("git_revwalk_new", release: git_revwalk_free) {
            git_revwalk_new($0, pointer)
        }
        try walker.withPointer { walker in
            try check(
                git_revwalk_sorting(walker, GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_TIME.rawValue),
                "git_revwalk_sorting")
            var oid = start.oid
            try check(git_revwalk_push(walker, &oid), "git_revwalk_push")
            for commit in hidden {
                var hiddenID = commit.oid
                try check(git_revwalk_hide(walker, &hiddenID), "git_revwalk_hide")
            }
            while true {
                let more = try nilOnError(.other(GIT_ITEROVER.rawValue)) {
                    try check(git_revwalk_next(&oid, walker), "git_revwalk_next")
                }
                if more == nil { return }
                guard try body(commit(ObjectID(oid))) else { return }
            }
        }
    }
}

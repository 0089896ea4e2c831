internal import CGit2

extension Repository {
    /// Calls `body` with each commit reachable from `start` (and not from `hiding`) that changed
    /// the file at `path`, newest first; returning false stops the walk.
    ///
    /// Like `git log -- PATH`, a merge that took the file unchanged from one parent is skipped and
    /// only that parent's line is followed. With `followRenames`, a commit that brings the file
    /// into being is checked for a rename (git's similarity rules) and the walk goes on with the
    /// old path; otherwise the history ends at the commit that added the file.
    ///
    /// Fast without changed-path filters: only the tree entries along the path are compared, each
    /// tree is read at most once, and subtrees with the same id are never opened twice.
    public func pathHistory(of path: String, from start: ObjectID, hiding: [ObjectID] = [], followRenames: Bool = true,
                            _ body: (PathChange) throws -> Bool) throws {
        let resolver = PathResolver(repository: self)
        var wanted: [ObjectID: String] = [start: path]
        // A parent's tree is needed again when the walk reaches it.
        var trees: [ObjectID: ObjectID] = [:]
        try walkCommitIDs(from: start, hiding: hiding) { id in
            guard let current = wanted.removeValue(forKey: id) else { return true }
            let (tree, parents) = try treeAndParents(of: id)
            trees[id] = nil
            let blob = try resolver.blob(at: current, inTree: tree)
            let parentTrees = try parents.map { parent in
                if let known = trees[parent] { return known }
                let tree = try treeAndParents(of: parent).tree
                trees[parent] = tree
                return tree
            }
            let parentBlobs = try parentTrees.map { try resolver.blob(at: current, inTree: $0) }
            if let same = parentBlobs.firstIndex(where: { $0 == blob }) {
                if blob != nil, wanted[parents[same]] == nil { wanted[parents[same]] = current }
                return !wanted.isEmpty
            }
            if parents.isEmpty && blob == nil { return !wanted.isEmpty }
            var previous: (path: String, blob: ObjectID)?
            for (index, parent) in parents.enumerated() {
                var parentPath: String? = parentBlobs[index] == nil ? nil : current
                if parentPath == nil, followRenames, blob != nil {
                    parentPath = try renameSource(of: current, from: parentTrees[index], to: tree)
                }
                guard let parentPath else { continue }
                if index == 0, let parentBlob = try resolver.blob(at: parentPath, inTree: parentTrees[index]) {
                    previous = (parentPath, parentBlob)
                }
                if wanted[parent] == nil { wanted[parent] = parentPath }
            }
            let change = PathChange(commit: try commit(id), path: current, blob: blob, previousPath: previous?.path,
                                    previousBlob: previous?.blob)
            return try body(change) && !wanted.isEmpty
        }
    }

    /// The old path of the file renamed to `path` between two trees, if it was renamed.
    private func renameSource(of path: String, from old: ObjectID, to new: ObjectID) throws -> String? {
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
    func walkCommitIDs(from start: ObjectID, hiding: [ObjectID], _ body: (ObjectID) throws -> Bool) throws {
        let walker = try Handle.make("git_revwalk_new", release: git_revwalk_free) { git_revwalk_new($0, pointer) }
        try walker.withPointer { walker in
            try check(git_revwalk_sorting(walker, GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_TIME.rawValue), "git_revwalk_sorting")
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

/// Finds the blob at a path in many trees, remembering the answer for each (sub)tree id, so that a
/// subtree shared by several commits is opened once.
final class PathResolver {
    private let repository: Repository
    private var cache: [String: [ObjectID: ObjectID?]] = [:]

    init(repository: Repository) { self.repository = repository }

    /// The blob (regular or executable file) at `path` in `tree`, or nil.
    func blob(at path: String, inTree tree: ObjectID) throws -> ObjectID? {
        let components = path.split(separator: "/").map(String.init)
        // The cache key of each level is the rest of the path from there.
        let suffixes = components.indices.map { components[$0...].joined(separator: "/") }
        return try resolve(components, suffixes, level: 0, in: tree)
    }

    private func resolve(_ components: [String], _ suffixes: [String], level: Int, in tree: ObjectID) throws -> ObjectID? {
        guard level < components.count else { return nil }
        if let known = cache[suffixes[level]]?[tree] { return known }
        let entry = try repository.lookupTree(tree).withPointer { tree in
            components[level].withCString { git_tree_entry_byname(tree, $0) }.map { TreeEntry($0) }
        }
        var result: ObjectID?
        if let entry {
            if level == components.count - 1 {
                result = entry.kind == .blob || entry.kind == .executable ? entry.id : nil
            } else if entry.kind == .tree {
                result = try resolve(components, suffixes, level: level + 1, in: entry.id)
            }
        }
        cache[suffixes[level], default: [:]][tree] = .some(result)
        return result
    }
}

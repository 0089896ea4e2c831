internal import CGit2

extension Repository {
    /// The entries of one tree (one level, not recursive), in git's order.
    public func treeEntries(_ tree: ObjectID) throws -> [TreeEntry] {
        try lookupTree(tree).withPointer { tree in
            (0..<git_tree_entrycount(tree)).compactMap { index in
                git_tree_entry_byindex(tree, index).map { TreeEntry($0) }
            }
        }
    }

    /// The entry at `path` ("a/b/c.md", relative to `tree`), or nil if there is none.
    public func entry(at path: String, inTree tree: ObjectID) throws -> TreeEntry? {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !components.isEmpty, !components.contains(where: \.isEmpty) else {
            throw GitError(
                code: .invalidSpec, function: "git_tree_entry_bypath",
                message: "invalid path '\(path)'")
        }
        let treeHandle = try lookupTree(tree)
        do {
            let entry = try treeHandle.withPointer { tree in
                try Handle.make("git_tree_entry_bypath", release: git_tree_entry_free) {
                    git_tree_entry_bypath($0, tree, path)
                }
            }
            return entry.withPointer { TreeEntry($0) }
        } catch let error as GitError where error.code == .notFound {
            return nil
        }
    }

    /// Walks `tree` recursively in pre-order, calling `body` with each entry and its path
    /// relative to `tree` ("/"-separated). Returning false from `body` for a `.tree` entry
    /// skips that subtree; for other entries the result does not matter.
    public func walkTree(
        _ tree: ObjectID,
        _ body: (_ path: String, _ entry: TreeEntry) throws -> Bool
    ) throws {
        try walkTree(tree, prefix: "", body)
    }

    private func walkTree(
        _ tree: ObjectID, prefix: String,
        _ body: (_ path: String, _ entry: TreeEntry) throws -> Bool
    ) throws {
        for entry in try treeEntries(tree) {
            let path = prefix + entry.name
            if try body(path, entry), entry.kind == .tree {
                try walkTree(entry.id, prefix: path + "/", body)
            }
        }
    }
}

internal import CGit2

extension Repository {
    /// The tree `base` (nil: the empty tree) with `changes` applied, written to the object
    /// database; returns its id.
    ///
    /// Paths are relative and "/"-separated. Intermediate trees are created as needed, and
    /// a directory left empty by removals disappears. Removals are applied before
    /// additions; removing a directory removes everything under it; removing a path that
    /// is absent throws `.notFound`. Only the trees along the changed paths are read and
    /// rewritten (with tree builders), so `.git/index` and the work tree are not touched.
    public func buildTree(base: ObjectID?, changes: [String: TreeChange]) throws -> ObjectID {
        let paths = changes.keys.sorted()
        for path in paths { try Repository.validateTreePath(path) }
        try Repository.rejectFileDirectoryClashes(changes)
        // Only the trees on the changed paths are read and written: the cost follows the change,
        // not the size of the tree (reading a 50,000-file tree into an index takes longer than the rest of a commit).
        let edits = paths.compactMap { path in
            changes[path].map { TreeEdit(components: path.split(separator: "/").map(String.init)[...], change: $0, path: path) }
        }
        if let tree = try rebuild(base, with: edits[...]) { return tree }
        return try writeTree(base: nil) { _ in }
    }

    /// One change of `buildTree`, by the path components left below the tree being rebuilt.
    private struct TreeEdit {
        var components: ArraySlice<String>
        var change: TreeChange
        var path: String
    }

    /// The tree `base` with `edits` applied, written; nil when nothing is left in it.
    private func rebuild(_ base: ObjectID?, with edits: ArraySlice<TreeEdit>) throws -> ObjectID? {
        var byName: [String: [TreeEdit]] = [:]
        for edit in edits { byName[edit.components.first ?? "", default: []].append(edit) }
        var isEmpty = false
        let tree = try writeTree(base: base) { builder in
            for name in byName.keys.sorted() {
                let group = byName[name] ?? []
                let leaf = group.first { $0.components.count == 1 }
                let below = group.filter { $0.components.count > 1 }.map {
                    TreeEdit(components: $0.components.dropFirst(), change: $0.change, path: $0.path)
                }
                let existing = git_treebuilder_get(builder, name).map {
                    (id: ObjectID(git_tree_entry_id($0).pointee), isTree: git_tree_entry_filemode($0) == GIT_FILEMODE_TREE)
                }
                if let leaf, leaf.change == .remove, existing == nil {
                    throw GitError(
                        code: .notFound, function: "git_treebuilder_remove",
                        message: "cannot remove '\(leaf.path)': no such file or directory in the tree")
                }
                // Removals come before additions: a removed folder is rebuilt from nothing.
                var subtree: ObjectID?
                if !below.isEmpty {
                    let subBase = leaf?.change == .remove ? nil : existing.flatMap { $0.isTree ? $0.id : nil }
                    subtree = try rebuild(subBase, with: below[...])
                }
                if case .blob(let id, let executable)? = leaf?.change {
                    var oid = id.oid
                    try check(
                        git_treebuilder_insert(nil, builder, name, &oid, executable ? GIT_FILEMODE_BLOB_EXECUTABLE : GIT_FILEMODE_BLOB),
                        "git_treebuilder_insert")
                } else if var oid = subtree?.oid {
                    try check(git_treebuilder_insert(nil, builder, name, &oid, GIT_FILEMODE_TREE), "git_treebuilder_insert")
                } else if existing != nil, leaf != nil || !below.isEmpty {
                    // Removed, or a folder left empty: it disappears.
                    try check(git_treebuilder_remove(builder, name), "git_treebuilder_remove")
                }
            }
            isEmpty = git_treebuilder_entrycount(builder) == 0
        }
        return isEmpty ? nil : tree
    }

    /// Writes the tree `base` (nil: empty) as `edit` changes it through a tree builder.
    private func writeTree(base: ObjectID?, _ edit: (OpaquePointer) throws -> Void) throws -> ObjectID {
        let source = try base.map { try lookupTree($0) }
        let builder = try Handle.make("git_treebuilder_new", release: git_treebuilder_free) { out in
            if let source { return source.withPointer { git_treebuilder_new(out, pointer, $0) } }
            return git_treebuilder_new(out, pointer, nil)
        }
        return try builder.withPointer { builder in
            try edit(builder)
            var oid = git_oid()
            try check(git_treebuilder_write(&oid, builder), "git_treebuilder_write")
            return ObjectID(oid)
        }
    }

    /// Adds or replaces one stage-0 entry; the stat fields stay zero.
    func addToIndex(_ index: OpaquePointer, _ path: String, _ id: ObjectID, mode: UInt32) throws {
        try path.withCString { cPath in
            var entry = git_index_entry()
            entry.mode = mode
            entry.id = id.oid
            entry.path = cPath
            try check(git_index_add(index, &entry), "git_index_add")
        }
    }

    /// Rejects paths git cannot store: empty components, `.`, `..`, `.git`, NUL.
    public static func validateTreePath(_ path: String) throws {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        let bad = components.first { component in
            component.isEmpty || component == "." || component == ".."
                || component.lowercased() == ".git" || component.contains("\0")
        }
        if path.isEmpty || bad != nil {
            throw GitError(
                code: .other(GIT_EINVALID.rawValue), function: "buildTree",
                message: "invalid path '\(path)'")
        }
    }

    /// Rejects adding both a file `a` and a file under `a/` in one call.
    private static func rejectFileDirectoryClashes(_ changes: [String: TreeChange]) throws {
        let added = Set(changes.compactMap { $0.value == .remove ? nil : $0.key })
        for path in added.sorted() {
            var prefix = Substring(path)
            while let slash = prefix.lastIndex(of: "/") {
                prefix = prefix[..<slash]
                if added.contains(String(prefix)) {
                    throw GitError(
                        code: .conflict, function: "buildTree",
                        message: "'\(prefix)' cannot be both a file and the directory of '\(path)'")
                }
            }
        }
    }
}

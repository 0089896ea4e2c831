internal import CGit2

extension Repository {
    /// The tree `base` (nil: the empty tree) with `changes` applied, written to the object
    /// database; returns its id.
    ///
    /// Paths are relative and "/"-separated. Intermediate trees are created as needed, and
    /// a directory left empty by removals disappears. Removals are applied before
    /// additions; removing a directory removes everything under it; removing a path that
    /// is absent throws `.notFound`. The tree is built in an in-memory index, so
    /// `.git/index` and the work tree are not touched.
    public func buildTree(base: ObjectID?, changes: [String: TreeChange]) throws -> ObjectID {
        let paths = changes.keys.sorted()
        for path in paths { try Repository.validateTreePath(path) }
        try Repository.rejectFileDirectoryClashes(changes)

        let index = try Handle.make("git_index_new", release: git_index_free) { git_index_new($0) }
        return try index.withPointer { index in
            if let base {
                try lookupTree(base).withPointer { tree in
                    _ = try check(git_index_read_tree(index, tree), "git_index_read_tree")
                }
            }
            for path in paths where changes[path] == .remove {
                try removeFromIndex(index, path)
            }
            for path in paths {
                if case .blob(let id, let executable)? = changes[path] {
                    try addToIndex(index, path, id, mode: executable ? 0o100755 : 0o100644)
                }
            }
            var oid = git_oid()
            try check(git_index_write_tree_to(&oid, index, pointer), "git_index_write_tree_to")
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

    /// Removes the file at `path`, or every file under the directory `path`.
    private func removeFromIndex(_ index: OpaquePointer, _ path: String) throws {
        var position = 0
        let isFile = try nilOnError(.notFound) {
            try check(git_index_find(&position, index, path), "git_index_find")
        } != nil
        let isDirectory = try !isFile && nilOnError(.notFound) {
            try check(git_index_find_prefix(&position, index, path + "/"), "git_index_find_prefix")
        } != nil
        if isFile {
            try check(git_index_remove(index, path, 0), "git_index_remove")
        } else if isDirectory {
            try check(git_index_remove_directory(index, path, 0), "git_index_remove_directory")
        } else {
            throw GitError(code: .notFound, function: "git_index_remove",
                           message: "cannot remove '\(path)': no such file or directory in the tree")
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
            throw GitError(code: .other(GIT_EINVALID.rawValue), function: "buildTree",
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
                    throw GitError(code: .conflict, function: "buildTree",
                                   message: "'\(prefix)' cannot be both a file and the directory of '\(path)'")
                }
            }
        }
    }
}

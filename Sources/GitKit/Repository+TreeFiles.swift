internal import CGit2

extension Repository {
    /// The files that differ (in blob or mode) between the trees `old` (nil: the empty tree) and
    /// `new`, by path: the file `new` has there, or nil where `new` has none.
    ///
    /// Unlike `diffTrees`, a change of mode alone (100644 to 100755, a file that becomes a
    /// symbolic link) is kept with the mode `new` gives the file.
    public func treeFileChanges(from old: ObjectID?, to new: ObjectID?) throws -> [String: TreeFile?] {
        let oldTree = try old.map { try lookupTree($0) }
        let newTree = try new.map { try lookupTree($0) }
        var options = git_diff_options()
        try check(git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION)), "git_diff_options_init")
        // A file that becomes a link (or the reverse) is one delta, not a deletion and an addition.
        options.flags = GIT_DIFF_INCLUDE_TYPECHANGE.rawValue
        let diff = try withTreePointer(oldTree) { oldPointer in
            try withTreePointer(newTree) { newPointer in
                try Handle.make("git_diff_tree_to_tree", release: git_diff_free) {
                    git_diff_tree_to_tree($0, pointer, oldPointer, newPointer, &options)
                }
            }
        }
        return diff.withPointer { diff in
            var result: [String: TreeFile?] = [:]
            for index in 0..<git_diff_num_deltas(diff) {
                guard let delta = git_diff_get_delta(diff, index)?.pointee else { continue }
                if delta.status == GIT_DELTA_DELETED {
                    if let path = delta.old_file.path.map({ String(cString: $0) }), result[path] == nil { result[path] = .some(nil) }
                } else if let path = delta.new_file.path.map({ String(cString: $0) }) {
                    let kind = TreeEntryKind(mode: git_filemode_t(rawValue: UInt32(delta.new_file.mode)))
                    result[path] = TreeFile(id: ObjectID(delta.new_file.id), kind: kind)
                }
            }
            return result
        }
    }

    /// Sets the `.git/index` entries of `entries`' paths to these files (nil: removes the entry),
    /// keeping every other entry, and writes the index atomically; the mode comes from each file.
    ///
    /// Meant for after the work tree files were written: where the file on disk holds the blob
    /// with that mode, the entry takes its stat data (as `git add` would), so `git status` does
    /// not re-read it. Takes `index.lock` for the whole read-change-write (see `editIndex`);
    /// throws `.locked` if another process holds it. Does nothing in a bare repository.
    public func updateIndexFiles(
        _ entries: [String: TreeFile?], temporaryDirectory: String,
        whileLocked: () -> Void = {}
    ) throws {
        try editIndex(paths: entries.keys, temporaryDirectory: temporaryDirectory, whileLocked: whileLocked) { index, path in
            if case .some(.some(let file)) = entries[path] {
                try setIndexFile(index, path, file)
            } else {
                try removeIndexEntry(index, path)
            }
        }
    }

    private func setIndexFile(_ index: OpaquePointer, _ path: String, _ file: TreeFile) throws {
        // A file on disk that differs (a filter, no exec bit on this file system) gets an entry
        // with the tree's blob and mode and no stat data, which git then checks by content.
        try addIndexEntry(index, path, file.id, mode: file.mode)
    }

    private func withTreePointer<R>(_ handle: Handle?, _ body: (OpaquePointer?) throws -> R) rethrows -> R {
        guard let handle else { return try body(nil) }
        return try handle.withPointer { try body($0) }
    }
}

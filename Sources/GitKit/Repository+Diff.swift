internal import CGit2

extension Repository {
    /// The files that differ between the trees `old` (nil: the empty tree) and `new`, by path.
    ///
    /// Subtrees with the same id are skipped unread, so the cost follows the size of the change,
    /// not of the trees. With `detectRenames`, an added and a deleted file that are similar enough
    /// (git's default: 50 %) become one `.renamed` delta.
    public func diffTrees(old: ObjectID?, new: ObjectID?, detectRenames: Bool = false) throws -> [TreeDelta] {
        let oldTree = try old.map { try lookupTree($0) }
        let newTree = try new.map { try lookupTree($0) }
        let diff = try withOptionalPointer(oldTree) { oldPointer in
            try withOptionalPointer(newTree) { newPointer in
                try Handle.make("git_diff_tree_to_tree", release: git_diff_free) {
                    git_diff_tree_to_tree($0, pointer, oldPointer, newPointer, nil)
                }
            }
        }
        return try diff.withPointer { diff in
            if detectRenames {
                var options = git_diff_find_options()
                try check(
                    git_diff_find_options_init(&options, UInt32(GIT_DIFF_FIND_OPTIONS_VERSION)),
                    "git_diff_find_options_init")
                options.flags = GIT_DIFF_FIND_RENAMES.rawValue
                try check(git_diff_find_similar(diff, &options), "git_diff_find_similar")
            }
            return (0..<git_diff_num_deltas(diff)).compactMap { index in
                git_diff_get_delta(diff, index).flatMap { TreeDelta($0.pointee) }
            }
        }
    }

    private func withOptionalPointer<R>(_ handle: Handle?, _ body: (OpaquePointer?) throws -> R) rethrows -> R {
        guard let handle else { return try body(nil) }
        return try handle.withPointer { try body($0) }
    }
}

extension TreeDelta {
    /// Copies a libgit2 delta; nil for kinds a tree-to-tree diff does not produce.
    init?(_ delta: git_diff_delta) {
        let status: Status
        switch delta.status {
        case GIT_DELTA_ADDED: status = .added
        case GIT_DELTA_DELETED: status = .deleted
        case GIT_DELTA_MODIFIED, GIT_DELTA_TYPECHANGE: status = .modified
        case GIT_DELTA_RENAMED: status = .renamed
        default: return nil
        }
        let oldPath = delta.old_file.path.map { PathText.string(cString: $0) }
        let newPath = delta.new_file.path.map { PathText.string(cString: $0) }
        self.init(
            status: status,
            oldPath: status == .added ? nil : oldPath,
            newPath: status == .deleted ? nil : newPath,
            oldID: status == .added ? nil : ObjectID(delta.old_file.id),
            newID: status == .deleted ? nil : ObjectID(delta.new_file.id),
            oldKind: status == .added ? nil : TreeEntryKind(mode: git_filemode_t(UInt32(delta.old_file.mode))),
            newKind: status == .deleted ? nil : TreeEntryKind(mode: git_filemode_t(UInt32(delta.new_file.mode))))
    }
}

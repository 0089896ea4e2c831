internal import CGit2

extension TreeEntry {
    /// Copies a libgit2 tree entry.
    init(_ entry: OpaquePointer) {
        self.init(
            name: PathText.string(cString: git_tree_entry_name(entry)),
            id: ObjectID(git_tree_entry_id(entry)),
            kind: TreeEntryKind(mode: git_tree_entry_filemode_raw(entry)))
    }
}

extension TreeEntryKind {
    /// The kind for a raw git file mode; unusual blob modes (e.g. 100664) count as `.blob`.
    init(mode: git_filemode_t) {
        switch mode {
        case GIT_FILEMODE_TREE: self = .tree
        case GIT_FILEMODE_BLOB_EXECUTABLE: self = .executable
        case GIT_FILEMODE_LINK: self = .symlink
        case GIT_FILEMODE_COMMIT: self = .submodule
        default: self = .blob
        }
    }
}

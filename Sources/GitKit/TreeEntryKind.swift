/// The kind of a tree entry, from its git file mode.
public enum TreeEntryKind: String, Sendable, Hashable {
    /// A regular file (mode 100644).
    case blob
    /// An executable file (mode 100755).
    case executable
    /// A symbolic link (mode 120000); the blob holds the link target.
    case symlink
    /// A subdirectory (mode 040000).
    case tree
    /// A submodule commit (mode 160000).
    case submodule

    /// The git file mode, as `git ls-tree` prints it.
    public var mode: String {
        switch self {
        case .blob: "100644"
        case .executable: "100755"
        case .symlink: "120000"
        case .tree: "040000"
        case .submodule: "160000"
        }
    }
}

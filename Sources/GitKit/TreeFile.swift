/// A file as a tree or index holds it: its blob and its kind (regular, executable, symbolic link).
public struct TreeFile: Sendable, Equatable {
    /// The blob (for a symbolic link: the link target).
    public let id: ObjectID
    /// `.blob`, `.executable`, `.symlink` (or `.submodule` for a gitlink).
    public let kind: TreeEntryKind

    /// Creates a file from its parts.
    public init(id: ObjectID, kind: TreeEntryKind) {
        self.id = id
        self.kind = kind
    }

    /// The git file mode of the kind (100644, 100755, 120000, 160000).
    var mode: UInt32 {
        switch kind {
        case .executable: 0o100755
        case .symlink: 0o120000
        case .submodule: 0o160000
        case .tree: 0o040000
        case .blob: 0o100644
        }
    }
}

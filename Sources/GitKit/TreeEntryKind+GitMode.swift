extension TreeEntryKind {
    /// The git file mode of the kind (100644, 100755, 120000, 160000, 040000).
    public var gitMode: UInt32 {
        switch self {
        case .executable: 0o100755
        case .symlink: 0o120000
        case .submodule: 0o160000
        case .tree: 0o040000
        case .blob: 0o100644
        }
    }

    /// The kind of a file with this git mode; nil for a mode that is not a file's.
    public init?(gitMode: UInt32) {
        switch gitMode {
        case 0o100644: self = .blob
        case 0o100755: self = .executable
        case 0o120000: self = .symlink
        case 0o160000: self = .submodule
        default: return nil
        }
    }
}

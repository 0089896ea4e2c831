/// One entry of a git tree.
public struct TreeEntry: Sendable, Equatable {
    /// The file or directory name (one path component).
    public let name: String
    /// The blob, tree or (for submodules) commit id.
    public let id: ObjectID
    /// What the entry is.
    public let kind: TreeEntryKind

    /// Creates an entry from its parts.
    public init(name: String, id: ObjectID, kind: TreeEntryKind) {
        self.name = name
        self.id = id
        self.kind = kind
    }
}

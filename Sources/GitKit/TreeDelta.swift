/// One file that differs between two trees, as `Repository.diffTrees` reports it.
public struct TreeDelta: Sendable, Equatable {
    /// How the file changed.
    public enum Status: String, Sendable {
        /// The file is new; it is gone; its content or mode changed; it moved (maybe changing too).
        case added, deleted, modified, renamed
    }

    /// Whether the file was added, deleted, modified or renamed.
    public let status: Status
    /// The path in the old tree; nil for an added file.
    public let oldPath: String?
    /// The path in the new tree; nil for a deleted file.
    public let newPath: String?
    /// The blob in the old tree; nil for an added file.
    public let oldID: ObjectID?
    /// The blob in the new tree; nil for a deleted file.
    public let newID: ObjectID?
    /// What the entry was in the old tree (file, executable, symbolic link, submodule); nil when added.
    public let oldKind: TreeEntryKind?
    /// What the entry is in the new tree; nil when deleted.
    public let newKind: TreeEntryKind?

    /// Creates a delta from its parts; kinds default to regular files.
    public init(
        status: Status, oldPath: String?, newPath: String?, oldID: ObjectID?, newID: ObjectID?,
        oldKind: TreeEntryKind? = nil, newKind: TreeEntryKind? = nil
    ) {
        self.status = status
        self.oldPath = oldPath
        self.newPath = newPath
        self.oldID = oldID
        self.newID = newID
        self.oldKind = oldKind ?? (oldID == nil ? nil : .blob)
        self.newKind = newKind ?? (newID == nil ? nil : .blob)
    }

    /// Whether the new entry is a file whose bytes are in the repository (not a submodule's commit).
    public var newIsBlob: Bool { newKind.map { $0 != .submodule && $0 != .tree } ?? false }
    /// Whether the old entry is a file whose bytes are in the repository.
    public var oldIsBlob: Bool { oldKind.map { $0 != .submodule && $0 != .tree } ?? false }

    /// The path the file has now (the old one for a deleted file).
    public var path: String { newPath ?? oldPath ?? "" }
}

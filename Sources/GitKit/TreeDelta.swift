/// One file that differs between two trees, as `Repository.diffTrees` reports it.
public struct TreeDelta: Sendable, Equatable {
    /// How the file changed.
    public enum Status: String, Sendable {
        case added, deleted, modified, renamed
    }

    public let status: Status
    /// The path in the old tree; nil for an added file.
    public let oldPath: String?
    /// The path in the new tree; nil for a deleted file.
    public let newPath: String?
    /// The blob in the old tree; nil for an added file.
    public let oldID: ObjectID?
    /// The blob in the new tree; nil for a deleted file.
    public let newID: ObjectID?

    /// Creates a delta from its parts.
    public init(status: Status, oldPath: String?, newPath: String?, oldID: ObjectID?, newID: ObjectID?) {
        self.status = status
        self.oldPath = oldPath
        self.newPath = newPath
        self.oldID = oldID
        self.newID = newID
    }

    /// The path the file has now (the old one for a deleted file).
    public var path: String { newPath ?? oldPath ?? "" }
}

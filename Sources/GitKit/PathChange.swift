/// A commit that changed the file at a path, as `Repository.pathHistory` reports it.
public struct PathChange: Sendable, Equatable {
    /// The commit that made the change.
    public let commit: Commit
    /// The file's path in this commit (for a deletion: the path it had in the parent).
    public let path: String
    /// The blob after the change; nil when the commit deleted the file.
    public let blob: ObjectID?
    /// The path in the (first) parent: differs from `path` on a rename; nil when the file was added.
    public let previousPath: String?
    /// The blob before the change; nil when the file was added.
    public let previousBlob: ObjectID?

    /// Creates a change from its parts.
    public init(commit: Commit, path: String, blob: ObjectID?, previousPath: String?, previousBlob: ObjectID?) {
        self.commit = commit
        self.path = path
        self.blob = blob
        self.previousPath = previousPath
        self.previousBlob = previousBlob
    }
}

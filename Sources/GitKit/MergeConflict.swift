/// One path that both sides of a merge changed incompatibly.
public struct MergeConflict: Sendable, Equatable {
    /// The path (on "our" side when it exists there, else the other side's, else the ancestor's).
    public let path: String
    /// The blob in the common ancestor, ours and theirs; nil where the side has no file.
    public let ancestor: ObjectID?
    /// The blob on our side; nil where our side has no file.
    public let ours: ObjectID?
    /// The blob on their side; nil where their side has no file.
    public let theirs: ObjectID?

    /// Creates a conflict from its parts.
    public init(path: String, ancestor: ObjectID?, ours: ObjectID?, theirs: ObjectID?) {
        self.path = path
        self.ancestor = ancestor
        self.ours = ours
        self.theirs = theirs
    }
}

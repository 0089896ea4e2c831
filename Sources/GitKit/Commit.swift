/// A commit, copied out of the repository.
public struct Commit: Sendable, Equatable {
    /// The commit's own id.
    public let id: ObjectID
    /// The root tree.
    public let tree: ObjectID
    /// The parents, first parent first; empty for a root commit.
    public let parents: [ObjectID]
    /// Who wrote the change.
    public let author: Signature
    /// Who made the commit.
    public let committer: Signature
    /// The full message, exactly as stored.
    public let message: String

    /// Creates a commit value from its parts (it is not written anywhere).
    public init(
        id: ObjectID, tree: ObjectID, parents: [ObjectID], author: Signature,
        committer: Signature, message: String
    ) {
        self.id = id
        self.tree = tree
        self.parents = parents
        self.author = author
        self.committer = committer
        self.message = message
    }

    /// The first line of the message, without trailing whitespace.
    public var summary: String {
        let firstLine =
            message.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
            .first ?? ""
        var line = Substring(firstLine)
        while let last = line.last, last.isWhitespace { line.removeLast() }
        return String(line)
    }
}

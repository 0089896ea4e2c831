import GitKit

/// One file of the knowledge base as listed by a source, before it is read.
public struct SourceFile: Sendable, Hashable {
    /// What kind of file the source lists.
    public enum Kind: Sendable, Hashable {
        /// A regular file, which can be read.
        case regular
        /// Reported, never followed: a link could point outside the repository.
        case symbolicLink
        /// Sockets, devices, submodules: nothing a record can be.
        case special
        /// A name that is not valid UTF-8; `path` shows it with `\\x` escapes.
        case nonUTF8Name
    }

    /// Path relative to the knowledge base root, with `/` separators.
    public var path: String
    /// What kind of file it is.
    public var kind: Kind
    /// The blob holding the file, when it comes from a git revision.
    var blob: ObjectID?

    /// A file at `path` of a working tree (no blob).
    public init(path: String, kind: Kind) {
        self.path = path
        self.kind = kind
    }

    init(path: String, kind: Kind, blob: ObjectID?) {
        self.path = path
        self.kind = kind
        self.blob = blob
    }
}

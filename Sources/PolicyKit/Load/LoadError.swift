/// Why a file or the knowledge base could not be read at all.
public enum LoadError: CategorizedError, Equatable {
    /// A file or folder could not be read.
    case unreadable(path: String, reason: String)
    /// The folder is not a knowledge base, in these words.
    case notAKnowledgeBase(String)
    /// A revision was asked for outside any git repository (`folder` is where it was looked for).
    case revisionWithoutRepository(folder: String)

    /// The message, each input named by its `rawValue`.
    public var description: String { message { $0.rawValue } }

    /// A load error is always a problem of the repository or folder.
    public var category: ErrorCategory { .repository }

    /// The message, each input named by `name`.
    public func message(naming name: (UsageInput) -> String) -> String {
        switch self {
        case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
        case .notAKnowledgeBase(let message): message
        case .revisionWithoutRepository(let folder): "\(name(.revision)) needs a git repository, and \(folder) is not in one"
        }
    }
}

/// Why a publication could not be made.
public enum PublishError: CategorizedError, Equatable {
    /// A template does not parse or render.
    case template(String)
    /// What was to be published does not exist.
    case notFound(String)

    /// A publication that cannot be made is a finding about the knowledge base.
    public var category: ErrorCategory { .findings }

    /// The message, as given.
    public var description: String {
        switch self {
        case .template(let message), .notFound(let message): message
        }
    }
}

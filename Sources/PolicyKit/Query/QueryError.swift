/// Why a query could not be answered.
public enum QueryError: CategorizedError, Equatable {
    /// The selector is not of the form `kind:id`.
    case badSelector(String)
    /// No record matches.
    case notFound(String)
    /// Several records match.
    case ambiguous(String)
    /// A filter has a value the vocabulary does not hold.
    case badFilter(UsageMessage)

    /// The message, each input named by its `rawValue`.
    public var description: String { message { $0.rawValue } }

    /// What kind of failure this is: bad input, or no single record to answer with.
    public var category: ErrorCategory {
        switch self {
        case .badSelector, .badFilter: .usage
        case .notFound, .ambiguous: .findings
        }
    }

    /// The message, each input named by `name`.
    public func message(naming name: (UsageInput) -> String) -> String {
        switch self {
        case .badSelector(let message), .notFound(let message), .ambiguous(let message): message
        case .badFilter(let message): message.text(naming: name)
        }
    }
}

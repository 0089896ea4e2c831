/// Why an import wrote nothing.
public enum ImportError: CategorizedError, Equatable {
    /// Problems in the map or the source files (each naming its file and line); nothing was written.
    case findings([Finding])
    /// The source cannot be read as asked (not a folder, an unknown revision).
    case source(String)
    /// The request is wrong (a kind that cannot be imported, history from a plain folder).
    case usage(String)

    /// The message: every finding on a line of its own.
    public var description: String {
        switch self {
        case .findings(let findings):
            "the import was stopped before writing anything:\n" + findings.map(\.description).joined(separator: "\n")
        case .source(let message), .usage(let message):
            message
        }
    }

    /// Findings are the source's problems; the others are the request's.
    public var category: ErrorCategory {
        switch self {
        case .findings: .findings
        case .source: .repository
        case .usage: .usage
        }
    }
}

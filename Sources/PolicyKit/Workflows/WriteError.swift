/// Why a write was refused; nothing was written when one of these is thrown.
public enum WriteError: CategorizedError, Equatable {
    /// HEAD is not on a branch: a commit would be lost.
    case detachedHead(String)
    /// Another process holds a lock that the write needs.
    case locked(String)
    /// The change would leave these findings.
    case invalid([Finding])
    /// A rule of the workflow refused the change.
    case refused(String)
    /// Bad input to the request.
    case usage(UsageMessage)

    /// The message, each input named by its `rawValue`.
    public var description: String { message { $0.rawValue } }

    /// What kind of failure this is: a repository problem, findings, a refusal or bad input.
    public var category: ErrorCategory {
        switch self {
        case .detachedHead, .locked: .repository
        case .invalid: .findings
        case .refused: .refused
        case .usage: .usage
        }
    }

    /// The message, each input named by `name`.
    public func message(naming name: (UsageInput) -> String) -> String {
        switch self {
        case .detachedHead(let message), .refused(let message), .locked(let message): message
        case .usage(let message): message.text(naming: name)
        case .invalid(let findings):
            "the change would make the knowledge base invalid, so nothing was written:\n" + findings.map(\.description).joined(separator: "\n")
        }
    }
}

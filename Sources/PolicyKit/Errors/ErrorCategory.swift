/// What kind of failure an error is, whatever its type: a caller (the command line) turns the
/// category into its own signal, such as an exit status, in one place.
public enum ErrorCategory: Sendable, Equatable {
    /// The request itself is wrong (an unknown value, a missing file): asking otherwise may work.
    case usage
    /// The knowledge base, or what the request would make of it, has problems (findings).
    case findings
    /// The repository cannot be used as asked (unreadable, locked, not a knowledge base).
    case repository
    /// A rule of the workflow refused the request (not approved, already done).
    case refused
}

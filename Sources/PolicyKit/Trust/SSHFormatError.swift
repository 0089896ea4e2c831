/// Why bytes that should hold an SSH key or signature cannot be read.
public enum SSHFormatError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The data ends before a field it announces.
    case truncated
    /// The data is not what the format says, with the reason.
    case malformed(String)

    /// The reason, in words.
    public var description: String {
        switch self {
        case .truncated: "truncated data"
        case .malformed(let reason): reason
        }
    }
}

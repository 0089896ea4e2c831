/// Why a list of commitments could not be read.
public enum CommitmentListError: Error, Equatable, CustomStringConvertible {
    /// A quoted field opened on `line` is never closed.
    case unterminatedQuote(line: Int)
    /// No column has the name asked for; `available` lists the header's names.
    case unknownColumn(String, available: [String])

    /// The reason, in words, naming the line or the columns.
    public var description: String {
        switch self {
        case .unterminatedQuote(let line): "csv: a quoted field opened on line \(line) is never closed"
        case .unknownColumn(let name, let available):
            "csv: no column '\(name)' (the header has \(available.map { "'\($0)'" }.joined(separator: ", ")))"
        }
    }
}

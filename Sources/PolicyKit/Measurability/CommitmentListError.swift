/// Why a list of commitments could not be read.
public enum CommitmentListError: Error, Equatable, CustomStringConvertible {
    case unterminatedQuote(line: Int)
    case unknownColumn(String, available: [String])

    public var description: String {
        switch self {
        case .unterminatedQuote(let line): "csv: a quoted field opened on line \(line) is never closed"
        case .unknownColumn(let name, let available):
            "csv: no column '\(name)' (the header has \(available.map { "'\($0)'" }.joined(separator: ", ")))"
        }
    }
}

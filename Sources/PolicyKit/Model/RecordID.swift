/// A record identifier: a slug of lowercase ASCII letters, digits and single hyphens, 1-80 characters.
///
/// Slugs rather than sequence numbers, so that two contributors on two branches never mint the
/// same id for different things.
public struct RecordID: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The slug.
    public let rawValue: String

    /// Accepts only a valid slug.
    public init?(_ text: String) {
        guard RecordID.problem(with: text) == nil else { return nil }
        rawValue = text
    }

    /// An id written in policylab's own code, a slug literal (checked in debug builds), for
    /// values that stand in for records and are never shown.
    init(known slug: StaticString) {
        rawValue = "\(slug)"
        assert(RecordID.problem(with: rawValue) == nil, "not a slug: \(slug)")
    }

    /// The longest id, in bytes.
    public static let maximumLength = 80
    /// The rule `problem(with:)` applies, as a regular expression (for JSON Schemas).
    public static let pattern = "^[a-z0-9]+(-[a-z0-9]+)*$"

    /// Why `text` is not a valid id, or nil when it is.
    public static func problem(with text: String) -> String? {
        if text.isEmpty { return "an id cannot be empty" }
        if text.utf8.count > maximumLength { return "id '\(text)' is longer than \(maximumLength) characters" }
        var previousWasHyphen = true
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasHyphen = false
            case UInt8(ascii: "-") where !previousWasHyphen:
                previousWasHyphen = true
            default:
                return "id '\(text)' is not a slug (use lowercase letters a-z, digits and single hyphens, e.g. 'citizens-assembly')"
            }
        }
        if previousWasHyphen { return "id '\(text)' is not a slug (it cannot end with a hyphen)" }
        return nil
    }

    /// Decodes a string, failing with the reason when it is not a valid id.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        if let problem = RecordID.problem(with: text) {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: problem))
        }
        rawValue = text
    }

    /// Encodes the id as its slug.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The slug.
    public var description: String { rawValue }

    /// Orders ids by their slug.
    public static func < (lhs: RecordID, rhs: RecordID) -> Bool { lhs.rawValue < rhs.rawValue }
}

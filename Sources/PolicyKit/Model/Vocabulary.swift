/// A closed list of words a field may take, such as a method's phases or a claim's kind.
///
/// Decoding an unknown word fails with a message that lists the allowed words and suggests
/// the closest one, e.g. `unknown status 'enabled' (expected proposed, ...)`.
public protocol Vocabulary: RawRepresentable<String>, CaseIterable, Codable, Sendable, Hashable {
    /// What the field is called in messages ("status", "phase").
    static var vocabularyName: String { get }
}

extension Vocabulary {
    /// Every word of the vocabulary, in declaration order.
    public static var allowedWords: [String] { allCases.map(\.rawValue) }

    /// The message for a word that is not in the vocabulary.
    public static func unknownWordMessage(_ word: String) -> String {
        "unknown \(vocabularyName) '\(word)' (expected \(allowedWords.joined(separator: ", ")))"
            + Suggestion.hint(for: word, among: allowedWords)
    }

    /// Decodes a word of the vocabulary, failing with `unknownWordMessage` for any other.
    public init(from decoder: any Decoder) throws {
        let word = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(rawValue: word) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: Self.unknownWordMessage(word)))
        }
        self = value
    }

    /// Encodes the value as its word.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

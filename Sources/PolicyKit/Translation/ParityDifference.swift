/// Facts of one translated text that differ from its source's: what the source has that the
/// translation lacks, and what the translation has that the source lacks.
public struct ParityDifference: Sendable, Hashable, Encodable {
    /// The key path of the text (`summary`, `milestones.2.measure`, `body`).
    public var key: String
    /// The facts the source has that the translation lacks.
    public var onlyInSource: [ParityToken]
    /// The facts the translation has that the source lacks.
    public var onlyInTranslation: [ParityToken]
    /// Where the translated text is written.
    public var position: SourcePosition?

    enum CodingKeys: String, CodingKey { case key, onlyInSource = "only_in_source", onlyInTranslation = "only_in_translation" }

    /// One sentence naming both values: "'summary': the source has the year 2025 where the translation has the year 2023".
    public var message: String {
        let source = onlyInSource.map(\.described).joined(separator: ", ")
        let translation = onlyInTranslation.map(\.described).joined(separator: ", ")
        if onlyInSource.count == 1, onlyInTranslation.count == 1, onlyInSource[0].kind == onlyInTranslation[0].kind {
            return "parity: '\(key)': the source has \(source) where the translation has \(translation)"
        }
        var parts: [String] = []
        if !onlyInSource.isEmpty { parts.append("the source has \(source), the translation does not") }
        if !onlyInTranslation.isEmpty { parts.append("the translation has \(translation), the source does not") }
        return "parity: '\(key)': " + parts.joined(separator: "; ")
    }

    /// The differences between each text of `source` and the same key of `translation`.
    public static func between(
        source: [TranslatableText], sourceLanguage: String, translation: [TranslatableText],
        language: String
    ) -> [ParityDifference] {
        let sources = Dictionary(source.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        return translation.compactMap { translated in
            guard let original = sources[translated.key] else { return nil }
            var expected = ParityToken.tokens(in: original.text, language: sourceLanguage)
            var found: [ParityToken] = []
            for token in ParityToken.tokens(in: translated.text, language: language) {
                if let index = expected.firstIndex(where: { $0.value == token.value }) { expected.remove(at: index) } else { found.append(token) }
            }
            guard !expected.isEmpty || !found.isEmpty else { return nil }
            return ParityDifference(key: translated.key, onlyInSource: expected, onlyInTranslation: found, position: translated.position)
        }
    }
}

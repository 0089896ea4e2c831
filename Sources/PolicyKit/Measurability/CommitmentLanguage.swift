/// The language a commitment is written in: it chooses the word lists of the measurability
/// analysis and the language of its explanations and rewrite hints.
public enum CommitmentLanguage: String, Vocabulary {
    /// English or French.
    case en, fr
    /// What the field is called in messages.
    public static let vocabularyName = "language"

    /// Words that are common in one language and rare in the other.
    private static let markers: [CommitmentLanguage: Set<String>] = [
        .en: ["the", "of", "and", "to", "for", "a", "an", "in", "on", "with", "by", "will", "is", "our", "we", "its", "from"],
        .fr: [
            "le", "la", "les", "des", "du", "de", "et", "pour", "une", "un", "au", "aux", "d", "l", "est", "sur", "dans", "par",
            "nous", "notre", "afin", "en", "ses",
        ],
    ]

    /// The language `text` is most likely written in; `fallback` when the words do not tell.
    public static func guess(_ text: String, fallback: CommitmentLanguage = .en) -> CommitmentLanguage {
        let words = CommitmentWords(text).words.map(\.lowered)
        let french =
            words.filter { markers[.fr]?.contains($0) == true }.count
            + text.filter { "éèêàùâîôûçœ".contains($0) }.count
        let english = words.filter { markers[.en]?.contains($0) == true }.count
        if french > english { return .fr }
        if english > french { return .en }
        return fallback
    }
}

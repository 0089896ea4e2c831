/// Whether a commitment can be checked, with the signals that decided it and, when it is vague,
/// what is missing and how to rewrite it (in the commitment's language).
public struct MeasurabilityVerdict: Sendable, Hashable, Encodable {
    /// The commitment text analysed.
    public var text: String
    /// The language it was analysed in.
    public var language: CommitmentLanguage
    /// Whether the commitment promises effort rather than a checkable result.
    public var isVague: Bool
    /// Everything the analysis found, checkable or not, in the order of the text's kinds.
    public var signals: [MeasurabilitySignal]
    /// What a checkable commitment would have and this one lacks: `quantity`, `date`, `deliverable`.
    public var missing: [MeasurabilitySignal.Kind]
    /// One sentence: what triggered the judgement.
    public var explanation: String
    /// How to make it checkable; nil when it already is.
    public var hint: String?
    /// Whether a deliverable made the text checkable (rather than a number, date or frequency).
    var deliverableCounts: Bool

    init(text: String, language: CommitmentLanguage, isVague: Bool, signals: [MeasurabilitySignal], deliverableCounts: Bool) {
        self.text = text
        self.language = language
        self.isVague = isVague
        self.signals = signals
        self.deliverableCounts = deliverableCounts
        missing = isVague ? [.quantity, .date, .deliverable] : []
        let explanation = MeasurabilityExplanation(language: language, signals: signals, isVague: isVague, deliverableCounts: deliverableCounts)
        self.explanation = explanation.sentence
        hint = isVague ? explanation.hint : nil
    }

    /// `vague` or `checkable`.
    public var verdict: String { isVague ? "vague" : "checkable" }

    /// The verdict in the text's language, its explanation and hint: "vague: no number, date or
    /// deliverable; 'foster' describes an aim. Say what will exist, …".
    public var summary: String {
        let word = language == .fr ? (isVague ? "vague :" : "vérifiable :") : (isVague ? "vague:" : "checkable:")
        return ["\(word) \(explanation)", hint].compactMap { $0 }.joined(separator: ". ")
    }

    /// The signals that make the text checkable.
    public var checkableSignals: [MeasurabilitySignal] { signals.filter(\.kind.isCheckable) }

    enum CodingKeys: String, CodingKey { case text, language, verdict, signals, missing, explanation, hint }

    /// Encodes the verdict for JSON output, with `verdict` as `vague` or `checkable`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(language, forKey: .language)
        try container.encode(verdict, forKey: .verdict)
        try container.encode(signals, forKey: .signals)
        try container.encode(missing, forKey: .missing)
        try container.encode(explanation, forKey: .explanation)
        try container.encodeIfPresent(hint, forKey: .hint)
    }
}

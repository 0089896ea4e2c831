/// Where one record stands in one language: translated and current, stale, or missing.
public struct TranslationState: Sendable, Hashable, Encodable {
    /// Whether the translation is current, stale or missing.
    public enum Status: String, Sendable, Hashable, Encodable {
        /// `translation_of` is the digest of the source's translatable text as it is now.
        case current
        /// The source's translatable text changed since (or `translation_of` is not a digest).
        case stale
        /// No translation file exists.
        case missing
    }

    /// `kind:id` of the record.
    public var record: String
    /// The language code of the translation, such as `fr`.
    public var language: String
    /// Whether the translation is current, stale or missing.
    public var status: Status
    /// The record's path.
    public var path: String
    /// The translation's path (where it is, or would be).
    public var translationPath: String
    /// The digest of the source's translatable text now.
    public var sourceDigest: String
    /// The translation's `translation_of`.
    public var translationOf: String?
    /// Facts (numbers, dates, URLs, references) that differ between source and translation.
    public var parity: [ParityDifference]
    /// Whether the record is published (a missing translation of a draft is not reported).
    public var isPublished: Bool
    /// Texts of the translation still holding the scaffold's marker or a machine-translation one.
    public var marked: [String] = []
    /// For a stale translation, what changed since, when the history was read (`TranslationHistory`).
    public var since: TranslationHistory?

    enum CodingKeys: String, CodingKey {
        case record, language, status, path, translationPath = "translation_path", sourceDigest = "source_digest",
            translationOf = "translation_of", parity, isPublished = "published", marked = "to_translate", since
    }

    /// Whether the translation can stand for the source: current and with no parity difference.
    /// A claim's translation is published as verified only while this holds.
    public var isTrustworthy: Bool { status == .current && parity.isEmpty && marked.isEmpty }
}

extension KnowledgeBase {
    /// Every record that has a translation into `language`, or is published and lacks one, sorted by path.
    public func translationStates(into language: String) -> [TranslationState] {
        var states: [TranslationState] = []
        for record in allRecords {
            let published = Self.isPublished(record)
            let existing = translation(of: record, into: language)
            guard published || existing != nil else { continue }
            states.append(translationState(of: record, into: language, translation: existing, published: published))
        }
        return states.sorted { $0.path < $1.path }
    }

    /// The state of `record` in `language`.
    public func translationState(of record: Record, into language: String) -> TranslationState {
        translationState(of: record, into: language, translation: translation(of: record, into: language), published: Self.isPublished(record))
    }

    /// Whether a claim is verified in `language`: verified, and (in a translation language) its
    /// translation is current and parity-clean. Otherwise the claim awaits an up-to-date translation.
    public func isVerified(_ claim: ImpactClaim, in language: String) -> Bool {
        guard claim.status(in: project(claim.project), settings: settings) == .verified else { return false }
        if language == settings.sourceLanguage { return true }
        return translationState(of: .claim(claim), into: language).isTrustworthy
    }

    private func translationState(of record: Record, into language: String, translation: Translation?, published: Bool) -> TranslationState {
        let texts = record.translatableTexts
        let digest = TranslationDigest.of(texts)
        let path = record.source.path
        var state = TranslationState(
            record: record.reference, language: language, status: .missing, path: path,
            translationPath: TranslationLayout.translationPath(of: path, language: language), sourceDigest: digest,
            translationOf: nil, parity: [], isPublished: published)
        guard let translation else { return state }
        state.translationOf = translation.translationOf
        state.status = translation.translationOf == digest ? .current : .stale
        state.marked = translation.texts.filter { text in TranslationRule.markers.contains { text.text.lowercased().contains($0) } }.map(\.key)
        state.parity = ParityDifference.between(
            source: texts, sourceLanguage: settings.sourceLanguage, translation: translation.texts, language: language)
        return state
    }

    /// Every record, in the order of kinds then paths.
    var allRecords: [Record] {
        methods.map(Record.method) + projects.map(Record.project) + evidence.map(Record.evidence) + claims.map(Record.claim)
            + lessons.map(Record.lesson)
    }

    /// Published records are those outputs show: published methods and lessons, every project and
    /// claim, public evidence.
    static func isPublished(_ record: Record) -> Bool {
        switch record {
        case .method(let method): method.status == .published
        case .lesson(let lesson): lesson.status == .published
        case .project, .claim: true
        case .evidence(let item): item.access == .public
        }
    }
}

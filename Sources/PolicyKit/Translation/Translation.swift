/// A translation of one record into another language: a sibling file such as
/// `toolkit/methods/<id>.fr.md` holding only the record's translatable text.
public struct Translation: Sendable, Hashable {
    /// The translation's own path.
    public var path: String
    /// The language code, such as `fr`.
    public var language: String
    /// The kind of the record translated.
    public var kind: RecordKind
    /// The id of the record translated.
    public var id: RecordID
    /// The project of a translated claim or piece of evidence.
    public var project: RecordID?
    /// `translation_of` as written (nil when missing or not text).
    public var translationOf: String?
    /// Where `translation_of` is written, when it is.
    public var translationOfPosition: SourcePosition?
    /// The translated texts, by the key paths of `TranslatableText`, in the file's order.
    public var texts: [TranslatableText]
    /// Item counts of the list keys written (`milestones: 4`), to compare with the source.
    public var listCounts: [String: Located<Int>]

    /// The path of the record it translates: `x.fr.md` translates `x.md`.
    public var sourcePath: String { Self.sourcePath(ofTranslation: path, language: language) }

    /// `x.fr.md` gives `x.md`.
    static func sourcePath(ofTranslation path: String, language: String) -> String {
        let suffix = ".\(language).md"
        return path.hasSuffix(suffix) ? String(path.dropLast(suffix.count)) + ".md" : path
    }

    /// `kind:id` of the record it translates (`claim:<project>/<id>` for claims and evidence).
    public var reference: String { "\(kind.rawValue):" + (project.map { "\($0)/\(id)" } ?? id.rawValue) }

    /// The translated text at `key`, if written.
    public func text(_ key: String) -> String? { texts.first { $0.key == key }?.text }
}

extension KnowledgeBase {
    /// The record a translation translates, if it exists.
    public func source(of translation: Translation) -> Record? {
        switch translation.kind {
        case .method: method(translation.id).map(Record.method)
        case .project: project(translation.id).map(Record.project)
        case .lesson: lesson(translation.id).map(Record.lesson)
        case .evidence: translation.project.flatMap { evidence($0, translation.id) }.map(Record.evidence)
        case .claim: translation.project.flatMap { claim($0, translation.id) }.map(Record.claim)
        }
    }

    /// The translation of the record at `path` into `language`, if there is one.
    public func translation(ofPath path: String, into language: String) -> Translation? {
        translationIndex[TranslationLayout.translationPath(of: path, language: language)].map { translations[$0] }
    }

    /// The translation of `record` into `language`, if there is one.
    public func translation(of record: Record, into language: String) -> Translation? {
        translation(ofPath: record.source.path, into: language)
    }
}

/// A change that scaffolds the translation of a record into a language, or, once it is
/// translated, marks it current (sets `translation_of` to the digest of the source as it is now).
public struct TranslationChange: RecordChange {
    /// What the change does to the translation.
    public enum Action: Sendable {
        /// Writes a new translation file holding the source's translatable text, to be translated.
        case scaffold
        /// Marks an existing translation current: its `translation_of` becomes the source's digest now.
        case markCurrent
    }

    /// The record to translate (`method:co-design`, `co-design`).
    public var selector: RecordSelector
    /// The language code of the translation, one of the knowledge base's translation languages.
    public var language: String
    /// Whether to scaffold the translation or mark it current.
    public var action: Action

    /// A change to the `language` translation of the record `selector` names.
    public init(selector: RecordSelector, language: String, action: Action) {
        self.selector = selector
        self.language = language
        self.action = action
    }

    /// The record whose translation changes.
    public var record: RecordSelector { selector }
    /// Empty: the translation's path is found at the tip, from the record's file.
    public var path: String { "" }
    /// The commit subject, naming the language and the record.
    public var subject: String {
        switch action {
        case .scaffold: "translate: scaffold the \(TranslationLayout.name(of: language)) translation of \(selector)"
        case .markCurrent: "translate: mark the \(TranslationLayout.name(of: language)) translation of \(selector) current"
        }
    }
    /// The command named in the commit's `Policylab-Command` trailer.
    public var command: String { "translate" }

    /// The translation file to write: a scaffold that must not exist yet, or the existing translation marked current.
    ///
    /// Throws when the language is not a translation language, the translation already exists (to
    /// scaffold) or does not exist yet (to mark current), or the source cannot be read as a record.
    public func files(at snapshot: Snapshot, in kb: KnowledgeBase) throws -> [String: [UInt8]?] {
        let languages = kb.settings.translationLanguages
        guard languages.contains(language) else {
            throw WriteError.usage(
                "'\(language)' is not a translation language of this knowledge base (policylab.yaml: languages: [\(kb.settings.languages.joined(separator: ", "))])"
            )
        }
        let stub = try selector.resolve(in: kb)
        let sourcePath = stub.source.path
        guard let bytes = try snapshot.read(sourcePath),
            case .record(let kind, let id, let project) = KnowledgeBaseLoader.role(of: SourceFile(path: sourcePath, kind: .regular)),
            let record = RecordParser.parse(bytes, path: sourcePath, kind: kind, fileID: id, project: project, keepBody: true, decoder: .init())
                .record
        else { throw WriteError.refused("\(sourcePath) cannot be read as a record: run 'policylab check'") }
        let target = TranslationLayout.translationPath(of: sourcePath, language: language)
        let existing = try snapshot.read(target)
        switch action {
        case .scaffold:
            if existing != nil {
                throw WriteError.usage("\(target) already exists: translate it, then mark it current")
            }
            return [target: Array(TranslationScaffold.text(for: record).utf8)]
        case .markCurrent:
            guard let existing else { throw WriteError.usage("\(target) does not exist yet: scaffold it first") }
            let text = TranslationScaffold.markingCurrent(String(decoding: existing, as: UTF8.self), digest: TranslationDigest.of(record))
            return [target: Array(text.utf8)]
        }
    }
}

/// `policylab translate`: scaffolds the translation of a record into a language, or, once it is
/// translated, marks it current (sets `translation_of` to the digest of the source as it is now).
public struct TranslationChange: RecordChange {
    public enum Action: Sendable {
        case scaffold
        case markCurrent
    }

    /// The record to translate (`method:co-design`, `co-design`).
    public var selector: RecordSelector
    public var language: String
    public var action: Action

    public init(selector: RecordSelector, language: String, action: Action) {
        self.selector = selector
        self.language = language
        self.action = action
    }

    public var record: RecordSelector { selector }
    public var path: String { "" }
    public var subject: String {
        switch action {
        case .scaffold: "translate: scaffold the \(TranslationLayout.name(of: language)) translation of \(selector)"
        case .markCurrent: "translate: mark the \(TranslationLayout.name(of: language)) translation of \(selector) current"
        }
    }
    public var command: String { "translate" }

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

/// A name for a record: `kind:id` (`method:ethnography`,
/// `claim:innovation-in-democracy/three-pilots`), `project/id` for evidence and claims, or a bare
/// id where only one record carries it.
public struct RecordSelector: Sendable, Hashable, CustomStringConvertible {
    /// The kind named, nil for a bare id.
    public let kind: RecordKind?
    /// The id: `id`, or `project/id` for evidence and claims.
    public let id: String

    /// The selector of the record of `kind` with `id`.
    public init(kind: RecordKind?, id: String) {
        self.kind = kind
        self.id = id
    }

    /// A claim given as `claim:project/id`, `project/id` or `id`; a usage error naming the
    /// claim input when it cannot be read.
    public static func claim(_ given: String) throws -> RecordSelector {
        do {
            let selector = try RecordSelector(given)
            return selector.kind == nil ? RecordSelector(kind: .claim, id: selector.id) : selector
        } catch let error as QueryError {
            throw WriteError.usage("\(input: .claim): \(error.description)")
        }
    }

    /// Reads `text`: `kind:id`, `project/id` or a bare id.
    public init(_ text: String) throws {
        if let colon = text.firstIndex(of: ":") {
            let word = String(text[..<colon])
            guard let kind = RecordKind(word: word) else {
                throw QueryError.badSelector(
                    "unknown record kind '\(word)' in '\(text)' (expected \(RecordKind.allCases.map(\.rawValue).joined(separator: ", ")))"
                        + Suggestion.hint(for: word, among: RecordKind.allCases.map(\.rawValue)))
            }
            self.kind = kind
            id = String(text[text.index(after: colon)...])
        } else {
            kind = nil
            id = text
        }
        if id.isEmpty { throw QueryError.badSelector("'\(text)' names no record (expected kind:id, such as method:ethnography)") }
    }

    /// `kind:id`, or the bare id when no kind is named.
    public var description: String { kind.map { "\($0.rawValue):\(id)" } ?? id }

    /// The one record this names.
    public func resolve(in kb: KnowledgeBase) throws -> Record {
        let matches = candidates(in: kb)
        if matches.count == 1, let only = matches.first { return only }
        if matches.isEmpty {
            let all = allReferences(in: kb)
            let hint =
                Suggestion.closest(to: description, among: all)
                ?? Suggestion.closest(to: id, among: all.map { $0.split(separator: ":", maxSplits: 1).last.map(String.init) ?? $0 })
            throw QueryError.notFound("no record '\(description)'" + (hint.map { " (did you mean '\($0)'?)" } ?? ""))
        }
        throw QueryError.ambiguous("'\(id)' names several records: \(matches.map(\.reference).joined(separator: ", ")); say which with kind:id")
    }

    func candidates(in kb: KnowledgeBase) -> [Record] {
        let parts = id.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        var found: [Record] = []
        if parts.count == 1, let recordID = RecordID(id) {
            if kind == nil || kind == .method, let method = kb.resolveMethod(recordID) { found.append(.method(method)) }
            if kind == nil || kind == .project, let project = kb.project(recordID) { found.append(.project(project)) }
            if kind == nil || kind == .lesson, let lesson = kb.lesson(recordID) { found.append(.lesson(lesson)) }
            if kind == .evidence || kind == .claim {
                found += kb.evidence.filter { kind == .evidence && $0.id == recordID }.map(Record.evidence)
                found += kb.claims.filter { kind == .claim && $0.id == recordID }.map(Record.claim)
            }
        } else if parts.count == 2, let project = RecordID(parts[0]), let recordID = RecordID(parts[1]) {
            if kind == nil || kind == .evidence, let item = kb.evidence(project, recordID) { found.append(.evidence(item)) }
            if kind == nil || kind == .claim, let claim = kb.claim(project, recordID) { found.append(.claim(claim)) }
        }
        return found
    }

    private func allReferences(in kb: KnowledgeBase) -> [String] {
        kb.methods.map { "method:\($0.id)" } + kb.projects.map { "project:\($0.id)" } + kb.lessons.map { "lesson:\($0.id)" }
            + kb.evidence.map { "evidence:\($0.qualifiedID)" } + kb.claims.map { "claim:\($0.qualifiedID)" }
    }
}

/// `policylab impact claim`: a claim of impact for a project, unverified until stakeholders confirm it.
public struct NewClaim: RecordChange {
    public var project: RecordID
    public var id: RecordID
    public var statement: String
    public var kind: ClaimKind
    public var evidence: [RecordID] = []

    public init(project: RecordID, id: RecordID, statement: String, kind: ClaimKind) {
        self.project = project
        self.id = id
        self.statement = statement
        self.kind = kind
    }

    /// An id from the statement's first words: `Five training sessions reached 135 people` -> `five-training-sessions-reached-135-people`.
    public static func id(from statement: String) -> RecordID? {
        Slug.make(from: statement.split(whereSeparator: \.isWhitespace).prefix(6).joined(separator: " "))
    }

    public var record: String { "claim:\(project)/\(id)" }
    public var path: String { Self.path(project, id) }
    public var subject: String { "impact: claim \(project)/\(id)" }
    public var command: String { "impact claim" }
    public var looksUp: Set<RecordKind> { [.project, .evidence] }

    static func path(_ project: RecordID, _ id: RecordID) -> String { "projects/\(project)/impact/\(id).md" }

    public func files(at snapshot: Snapshot, in kb: KnowledgeBase) throws -> [String: [UInt8]?] {
        _ = try ReferenceCheck.project(project, in: kb)
        try ReferenceCheck.free(id, path: path, at: snapshot) { Self.path(project, $0) }
        for item in evidence where kb.evidence(project, item) == nil {
            let elsewhere = kb.evidence.first { $0.id == item }.map { " (it belongs to project '\($0.project)'; a claim cites its own project's evidence)" }
            throw WriteError.usage("\(input: .evidence): project '\(project)' has no evidence '\(item)'"
                + (elsewhere ?? Suggestion.hint(for: item.rawValue, among: kb.evidence.filter { $0.project == project }.map(\.id.rawValue))))
        }
        var file = RecordFile()
        file.field("id", id.rawValue)
        file.text("statement", statement)
        file.field("kind", kind.rawValue)
        file.words("evidence", evidence.map(\.rawValue))
        return [path: file.bytes(sections: [])]
    }
}

/// Adds a claim of impact to a project, unverified until stakeholders confirm it.
public struct NewClaim: RecordChange {
    /// The id of the project the claim is about; it must exist.
    public var project: RecordID
    /// The claim's id, unique within its project.
    public var id: RecordID
    /// The one measurable sentence claimed.
    public var statement: String
    /// What kind of impact is claimed.
    public var kind: ClaimKind
    /// Ids of the project's own evidence that supports the claim.
    public var evidence: [RecordID] = []

    /// A new claim with no evidence yet.
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

    /// The claim record being added, `claim:<project>/<id>`.
    public var record: RecordSelector { RecordSelector(kind: .claim, id: "\(project)/\(id)") }
    /// Where the claim's file goes: `projects/<project>/impact/<id>.md`.
    public var path: String { Self.path(project, id) }
    /// The commit subject, `impact: claim <project>/<id>`.
    public var subject: String { "impact: claim \(project)/\(id)" }
    /// The command named in the commit's `Policylab-Command` trailer.
    public var command: String { "impact claim" }
    /// Projects and evidence are looked up, to check the project and the cited evidence.
    public var looksUp: Set<RecordKind> { [.project, .evidence] }

    static func path(_ project: RecordID, _ id: RecordID) -> String { "projects/\(project)/impact/\(id).md" }

    /// The claim file, refused when the project is unknown, the id is taken or cited evidence is not the project's.
    public func files(at snapshot: Snapshot, in kb: KnowledgeBase) throws -> [String: [UInt8]?] {
        _ = try ReferenceCheck.project(project, in: kb)
        try ReferenceCheck.free(id, path: path, at: snapshot) { Self.path(project, $0) }
        for item in evidence where kb.evidence(project, item) == nil {
            let elsewhere = kb.evidence.first { $0.id == item }.map {
                " (it belongs to project '\($0.project)'; a claim cites its own project's evidence)"
            }
            throw WriteError.usage(
                "\(input: .evidence): project '\(project)' has no evidence '\(item)'"
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

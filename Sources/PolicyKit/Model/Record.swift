/// Any one record, as read from its file.
public enum Record: Sendable, Hashable {
    /// A toolkit method.
    case method(Method)
    /// A project.
    case project(Project)
    /// A piece of evidence.
    case evidence(Evidence)
    /// An impact claim.
    case claim(ImpactClaim)
    /// A lesson learned.
    case lesson(Lesson)

    /// Which kind of record this is.
    public var kind: RecordKind {
        switch self {
        case .method: .method
        case .project: .project
        case .evidence: .evidence
        case .claim: .claim
        case .lesson: .lesson
        }
    }

    /// Where the record was read from.
    public var source: RecordSource {
        switch self {
        case .method(let record): record.source
        case .project(let record): record.source
        case .evidence(let record): record.source
        case .claim(let record): record.source
        case .lesson(let record): record.source
        }
    }

    /// The record's `kind:id` name (`claim:<project>/<id>` for claims and evidence).
    public var reference: String {
        switch self {
        case .method(let record): "method:\(record.id)"
        case .project(let record): "project:\(record.id)"
        case .evidence(let record): "evidence:\(record.qualifiedID)"
        case .claim(let record): "claim:\(record.qualifiedID)"
        case .lesson(let record): "lesson:\(record.id)"
        }
    }

    /// What the record is called: its title, or a claim's statement.
    public var title: String {
        switch self {
        case .method(let record): record.title
        case .project(let record): record.title
        case .evidence(let record): record.title
        case .claim(let record): record.statement
        case .lesson(let record): record.title
        }
    }
}

extension Record {
    /// An empty lesson, left where a record was moved out of a list (`KnowledgeBase.init`).
    static let standIn = Record.lesson(
        Lesson(
            id: RecordID(known: "stand-in"), title: "", summary: "", date: nil, status: .draft, projects: [], methods: [], tags: [], audience: nil,
            sources: [], source: RecordSource(path: "")))
}

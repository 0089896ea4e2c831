/// Any one record, as read from its file.
public enum Record: Sendable, Hashable {
    case method(Method)
    case project(Project)
    case evidence(Evidence)
    case claim(ImpactClaim)
    case lesson(Lesson)

    public var kind: RecordKind {
        switch self {
        case .method: .method
        case .project: .project
        case .evidence: .evidence
        case .claim: .claim
        case .lesson: .lesson
        }
    }

    public var source: RecordSource {
        switch self {
        case .method(let record): record.source
        case .project(let record): record.source
        case .evidence(let record): record.source
        case .claim(let record): record.source
        case .lesson(let record): record.source
        }
    }

    /// The name `kind:id` used on the command line (`claim:<project>/<id>` for claims and evidence).
    public var reference: String {
        switch self {
        case .method(let record): "method:\(record.id)"
        case .project(let record): "project:\(record.id)"
        case .evidence(let record): "evidence:\(record.qualifiedID)"
        case .claim(let record): "claim:\(record.qualifiedID)"
        case .lesson(let record): "lesson:\(record.id)"
        }
    }

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

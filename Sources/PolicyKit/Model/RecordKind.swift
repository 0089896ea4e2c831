/// The kinds of record a knowledge base holds.
public enum RecordKind: String, Sendable, CaseIterable, Codable {
    /// A toolkit method, a project, a piece of evidence, an impact claim or a lesson learned.
    case method, project, evidence, claim, lesson

    /// The plural of the kind's name ("methods", "evidence").
    public var plural: String {
        switch self {
        case .method: "methods"
        case .project: "projects"
        case .evidence: "evidence"
        case .claim: "claims"
        case .lesson: "lessons"
        }
    }

    /// The kind named by `word`, singular or plural ("method", "methods"); nil for any other word.
    public init?(word: String) {
        guard let kind = RecordKind.allCases.first(where: { $0.rawValue == word || $0.plural == word }) else { return nil }
        self = kind
    }
}

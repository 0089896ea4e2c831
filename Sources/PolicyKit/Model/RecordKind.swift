/// The kinds of record a knowledge base holds.
public enum RecordKind: String, Sendable, CaseIterable, Codable {
    case method, project, evidence, claim, lesson

    /// The plural used by `policylab list` ("methods", "evidence").
    public var plural: String {
        switch self {
        case .method: "methods"
        case .project: "projects"
        case .evidence: "evidence"
        case .claim: "claims"
        case .lesson: "lessons"
        }
    }

    public init?(word: String) {
        guard let kind = RecordKind.allCases.first(where: { $0.rawValue == word || $0.plural == word }) else { return nil }
        self = kind
    }
}

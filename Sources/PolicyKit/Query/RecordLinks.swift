/// The records linked to one record, both ways: what it names and what names it.
/// A method shows the projects that used it and the lessons about it; a project its evidence,
/// claims and lessons.
public struct RecordLinks: Sendable, Encodable {
    /// The methods a project or lesson uses or is about (former ids resolved).
    public var methods: [RecordID] = []
    /// A method's related methods (former ids resolved).
    public var relatedMethods: [RecordID] = []
    /// The projects that used a method, of a piece of evidence or claim, or that a lesson is about.
    public var projects: [RecordID] = []
    /// The lessons about a method or a project.
    public var lessons: [RecordID] = []
    /// The evidence of a project, or that a claim cites, as `<project>/<id>`.
    public var evidence: [String] = []
    /// The claims of a project, or that cite a piece of evidence, as `<project>/<id>`.
    public var claims: [String] = []
    /// The derived verification status, for a claim.
    public var claimStatus: ClaimStatus?
    /// The stakeholders whose verdict someone else recorded on their behalf, for a claim.
    public var recordedOnBehalfOf: [RecordID] = []

    /// The links of `record` in `kb`.
    public init(of record: Record, in kb: KnowledgeBase) {
        func canonical(_ id: RecordID) -> RecordID { kb.resolveMethod(id)?.id ?? id }
        switch record {
        case .method(let method):
            relatedMethods = method.related.map { canonical($0.value) }
            projects = kb.projects.filter { $0.methods.contains { canonical($0.value) == method.id } }.map(\.id)
            lessons = kb.lessons.filter { $0.methods.contains { canonical($0.value) == method.id } }.map(\.id)
        case .project(let project):
            methods = project.methods.map { canonical($0.value) }
            evidence = kb.evidence.filter { $0.project == project.id }.map(\.qualifiedID)
            claims = kb.claims.filter { $0.project == project.id }.map(\.qualifiedID)
            lessons = kb.lessons.filter { $0.projects.contains { $0.value == project.id } }.map(\.id)
        case .evidence(let item):
            projects = [item.project]
            claims = kb.claims.filter { $0.project == item.project && $0.evidence.contains { $0.value == item.id } }.map(\.qualifiedID)
        case .claim(let claim):
            projects = [claim.project]
            evidence = claim.evidence.map { "\(claim.project)/\($0.value)" }
            claimStatus = claim.status(in: kb.project(claim.project), settings: kb.settings)
            recordedOnBehalfOf = claim.verifications.filter { $0.isRecordedOnBehalf(in: kb.project(claim.project)) }.map(\.stakeholder.value)
        case .lesson(let lesson):
            projects = lesson.projects.map(\.value)
            methods = lesson.methods.map { canonical($0.value) }
        }
    }
}

import GitKit

/// What the reference index keeps of one record: its file, the blob it was read from, and the ids
/// it defines and names. That is enough to stand in for the record in lookups by id, and to find
/// the records a change can affect.
struct ReferenceEntry: Sendable, Hashable {
    var path: String
    /// The blob's 40 hex digits (turned into an `ObjectID` only for the few records read again).
    var blob: String
    var kind: RecordKind
    var id: RecordID
    /// The project of evidence and claims.
    var project: RecordID?
    /// A method's former ids.
    var aliases: [RecordID] = []
    /// Methods named: a project's or lesson's `methods`, a method's `related` and `supersedes`.
    var methods: [RecordID] = []
    /// A lesson's `projects`.
    var projects: [RecordID] = []
    /// A claim's `evidence` (of its own project).
    var evidence: [RecordID] = []
    /// An evidence record's `file`, as written.
    var file: String?
    /// Whether evidence is restricted (restriction follows its file to other evidence).
    var isRestricted = false

    init(path: String, blob: String, kind: RecordKind, id: RecordID, project: RecordID?) {
        self.path = path
        self.blob = blob
        self.kind = kind
        self.id = id
        self.project = project
    }

    init(_ record: Record, blob: ObjectID) {
        switch record {
        case .method(let method):
            self.init(path: method.source.path, blob: blob.hex, kind: .method, id: method.id, project: nil)
            aliases = method.aliases.map(\.value)
            methods = (method.related + method.supersedes).map(\.value)
        case .project(let project):
            self.init(path: project.source.path, blob: blob.hex, kind: .project, id: project.id, project: nil)
            methods = project.methods.map(\.value)
        case .evidence(let item):
            self.init(path: item.source.path, blob: blob.hex, kind: .evidence, id: item.id, project: item.project)
            file = item.file
            isRestricted = item.access == .restricted
        case .claim(let claim):
            self.init(path: claim.source.path, blob: blob.hex, kind: .claim, id: claim.id, project: claim.project)
            evidence = claim.evidence.map(\.value)
        case .lesson(let lesson):
            self.init(path: lesson.source.path, blob: blob.hex, kind: .lesson, id: lesson.id, project: nil)
            methods = lesson.methods.map(\.value)
            projects = lesson.projects.map(\.value)
        }
    }

    /// `project/id` of evidence and claims.
    var qualifiedID: String { "\(project?.rawValue ?? "")/\(id)" }

    /// The path of the evidence file this record names, when it names one inside its project.
    var filePath: String? {
        guard kind == .evidence, let file, let project, file.hasPrefix("evidence/files/") else { return nil }
        return "projects/\(project)/\(file)"
    }

    /// The path an evidence record's `file` stands for, whatever it holds (as `RestrictedFiles` reads it).
    var namedFilePath: String? {
        guard kind == .evidence, let file, let project else { return nil }
        return "projects/\(project)/\(file)"
    }

    /// A record that answers lookups by id as this one does, and nothing more: its other fields
    /// are empty. Only records outside a validation's scope are stubs, so no rule reads them.
    var stub: Record {
        let source = RecordSource(path: path)
        let located = { (ids: [RecordID]) in ids.map { Located($0, at: nil) } }
        switch kind {
        case .method:
            return .method(
                Method(
                    id: id, title: id.rawValue, summary: "", phases: [], status: .draft, timeNeeded: nil, participants: nil,
                    cost: nil, level: [], related: [], supersedes: [], aliases: located(aliases), sources: [], updated: nil, source: source))
        case .project:
            return .project(
                Project(
                    id: id, title: id.rawValue, summary: "", commissioner: "", status: .proposed, demonstrator: false,
                    started: nil, ended: nil, challenge: nil, methods: located(methods), partners: [], reached: [],
                    ogpCommitment: nil, stakeholders: [], milestones: [], indicators: [], assessment: nil, tags: [], source: source))
        case .evidence:
            return .evidence(
                Evidence(
                    id: id, project: project ?? id, title: id.rawValue, kind: .other, link: nil, file: file, sha256: nil,
                    access: isRestricted ? .restricted : .public, strength: nil, date: nil, collectedBy: nil, summary: nil, source: source))
        case .claim:
            return .claim(
                ImpactClaim(
                    id: id, project: project ?? id, statement: "", kind: .other, evidence: located(evidence),
                    requested: [], verifications: [], source: source))
        case .lesson:
            return .lesson(
                Lesson(
                    id: id, title: id.rawValue, summary: "", date: nil, status: .draft, projects: located(projects),
                    methods: located(methods), tags: [], audience: nil, sources: [], source: source))
        }
    }
}

/// The public records, as open data: what an export writes. Built only from what may be published:
/// no restricted evidence, no contact details (verifiers' email addresses included), no names of
/// stakeholders who are not public, no draft methods or lessons.
public struct OpenDataRecords: Sendable, Encodable {
    /// A method that is not a draft, as open data.
    public struct MethodRow: Sendable, Encodable {
        var id: String, title: String, summary: String, phases: [String], status: String
        var timeNeeded: String?, participants: String?, cost: String?, level: [String], related: [String], updated: String?
    }

    /// A project as open data, its stakeholders named only as far as they are public.
    public struct ProjectRow: Sendable, Encodable {
        var id: String, title: String, summary: String, commissioner: String, status: String, demonstrator: Bool
        var started: String?, ended: String?, challenge: String?, methods: [String], partners: [String], reached: [String]
        var ogpCommitment: String?, stakeholders: [String], tags: [String], indicators: [IndicatorRow]
    }

    /// A project's key indicator: its target and the latest actual data, with the day it was collected.
    public struct IndicatorRow: Sendable, Encodable {
        var title: String, target: String?, actual: String?, actualOn: String?
    }

    /// A piece of evidence that is not restricted, as open data, its file given by its path.
    public struct EvidenceRow: Sendable, Encodable {
        var project: String, id: String, title: String, kind: String, link: String?, file: String?, strength: Int?, date: String?, summary: String?
    }

    /// An impact claim as open data: its derived status, its public evidence and who confirmed it.
    public struct ClaimRow: Sendable, Encodable {
        var project: String, id: String, statement: String, kind: String, status: String, evidence: [String], confirmedBy: [String]
    }

    /// A published lesson as open data.
    public struct LessonRow: Sendable, Encodable {
        var id: String, title: String, summary: String, date: String?, projects: [String], methods: [String], tags: [String], audience: String?
        var sources: [Method.Source]
    }

    /// The knowledge base's name, from its settings.
    public var name: String
    /// The methods that are not drafts.
    public var methods: [MethodRow]
    /// Every project.
    public var projects: [ProjectRow]
    /// The evidence that may be published, project by project.
    public var evidence: [EvidenceRow]
    /// Every project's impact claims, verified or not, with their status.
    public var claims: [ClaimRow]
    /// The published lessons.
    public var lessons: [LessonRow]

    /// The open data of `kb`: only what may be published.
    public init(_ kb: KnowledgeBase) {
        let policy = PublicationPolicy(knowledgeBase: kb, includeUnverified: true)
        name = kb.settings.name
        methods = kb.methods.filter { $0.status != .draft }.map { method in
            MethodRow(
                id: method.id.rawValue, title: method.title, summary: method.summary, phases: method.phases.map(\.rawValue),
                status: method.status.rawValue, timeNeeded: method.timeNeeded, participants: method.participants,
                cost: method.cost?.rawValue, level: method.level.map(\.value.rawValue), related: method.related.map(\.value.rawValue),
                updated: method.updated?.description)
        }
        projects = kb.projects.map { project in
            ProjectRow(
                id: project.id.rawValue, title: project.title, summary: project.summary, commissioner: project.commissioner,
                status: project.status.rawValue, demonstrator: project.demonstrator, started: project.started?.description,
                ended: project.ended?.description, challenge: project.challenge, methods: project.methods.map(\.value.rawValue),
                partners: project.partners, reached: project.reached, ogpCommitment: project.ogpCommitment,
                stakeholders: project.stakeholders.map(policy.name), tags: project.tags,
                indicators: project.indicators.map {
                    IndicatorRow(title: $0.title, target: $0.target, actual: $0.actual, actualOn: $0.actualOn?.description)
                })
        }
        evidence = kb.projects.flatMap { policy.publicEvidence(of: $0.id) }.map { item in
            EvidenceRow(
                project: item.project.rawValue, id: item.id.rawValue, title: item.title, kind: item.kind.rawValue, link: item.link,
                file: item.file.map { "projects/\(item.project)/\($0)" }, strength: item.strength, date: item.date?.description,
                summary: item.summary)
        }
        claims = kb.projects.flatMap { project in
            policy.claims(of: project).map { item in
                ClaimRow(
                    project: project.id.rawValue, id: item.claim.id.rawValue, statement: item.claim.statement, kind: item.claim.kind.rawValue,
                    status: item.status.rawValue, evidence: policy.publicEvidenceIDs(of: item.claim), confirmedBy: item.verifiers)
            }
        }
        lessons = kb.lessons.filter { $0.status == .published }.map { lesson in
            LessonRow(
                id: lesson.id.rawValue, title: lesson.title, summary: lesson.summary, date: lesson.date?.description,
                projects: lesson.projects.map(\.value.rawValue), methods: lesson.methods.map(\.value.rawValue), tags: lesson.tags,
                audience: lesson.audience, sources: lesson.sources)
        }
    }
}

/// The public records, as open data: what `export` writes. Built only from what may be published:
/// no restricted evidence, no contact details (verifiers' email addresses included), no names of
/// stakeholders who are not public, no draft methods or lessons.
public struct OpenDataRecords: Sendable, Encodable {
    public struct MethodRow: Sendable, Encodable {
        var id: String, title: String, summary: String, phases: [String], status: String
        var timeNeeded: String?, participants: String?, cost: String?, level: [String], related: [String], updated: String?
    }

    public struct ProjectRow: Sendable, Encodable {
        var id: String, title: String, summary: String, commissioner: String, status: String, demonstrator: Bool
        var started: String?, ended: String?, challenge: String?, methods: [String], partners: [String], reached: [String]
        var ogpCommitment: String?, stakeholders: [String], tags: [String], indicators: [IndicatorRow]
    }

    /// A project's key indicator: its target and the latest actual data, with the day it was collected.
    public struct IndicatorRow: Sendable, Encodable {
        var title: String, target: String?, actual: String?, actualOn: String?
    }

    public struct EvidenceRow: Sendable, Encodable {
        var project: String, id: String, title: String, kind: String, link: String?, file: String?, strength: Int?, date: String?, summary: String?
    }

    public struct ClaimRow: Sendable, Encodable {
        var project: String, id: String, statement: String, kind: String, status: String, evidence: [String], confirmedBy: [String]
    }

    public struct LessonRow: Sendable, Encodable {
        var id: String, title: String, summary: String, date: String?, projects: [String], methods: [String], tags: [String], audience: String?
        var sources: [Method.Source]
    }

    public var name: String
    public var methods: [MethodRow]
    public var projects: [ProjectRow]
    public var evidence: [EvidenceRow]
    public var claims: [ClaimRow]
    public var lessons: [LessonRow]

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

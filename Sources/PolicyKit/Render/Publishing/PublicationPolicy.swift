/// What may leave the repository in a publication: never restricted evidence, never a contact,
/// never the name of a stakeholder who is not public, and claims only once verified (unless the
/// author asks for the others, which are then marked). Views are built only from what this allows,
/// so that no template, built-in or custom, can reach anything else.
struct PublicationPolicy {
    let knowledgeBase: KnowledgeBase
    let includeUnverified: Bool
    // By project, so that publishing every project (site, export) stays linear in the records.
    private let publicEvidenceByProject: [RecordID: [Evidence]]
    private let claimsByProject: [RecordID: [ImpactClaim]]
    private let publishedLessonsByProject: [RecordID: [Lesson]]

    init(knowledgeBase: KnowledgeBase, includeUnverified: Bool) {
        self.knowledgeBase = knowledgeBase
        self.includeUnverified = includeUnverified
        let restricted = RestrictedFiles(knowledgeBase)
        publicEvidenceByProject = Dictionary(
            grouping: knowledgeBase.evidence.filter { $0.access == .public && !restricted.covers($0) }, by: \.project)
        claimsByProject = Dictionary(grouping: knowledgeBase.claims, by: \.project)
        var lessons: [RecordID: [Lesson]] = [:]
        for lesson in knowledgeBase.lessons where lesson.status == .published {
            for project in Set(lesson.projects.map(\.value)) { lessons[project, default: []].append(lesson) }
        }
        publishedLessonsByProject = lessons
    }

    func publicEvidence(of project: RecordID) -> [Evidence] {
        publicEvidenceByProject[project] ?? []
    }

    /// The ids a claim may show of its evidence: only the publishable ones, since an id is the
    /// slug of a title and a restricted record's title can say what it holds.
    func publicEvidenceIDs(of claim: ImpactClaim) -> [String] {
        let publishable = Set(publicEvidence(of: claim.project).map(\.id))
        return claim.evidence.map(\.value).filter(publishable.contains).map(\.rawValue)
    }

    /// The published lessons drawn from a project.
    func publishedLessons(of project: RecordID) -> [Lesson] {
        publishedLessonsByProject[project] ?? []
    }

    /// The name to print for a stakeholder: theirs when public, otherwise a description of their kind.
    func name(of stakeholder: Stakeholder) -> String {
        if stakeholder.isPublic { return stakeholder.name }
        if knowledgeBase.language == "fr" { return "\(Self.describeInFrench(stakeholder.kind)), dont le nom n'est pas publié à sa demande" }
        return "a \(Self.describe(stakeholder.kind)) who asked not to be named"
    }

    /// A stakeholder's kind with its article, in French.
    static func describeInFrench(_ kind: StakeholderKind) -> String {
        switch kind {
        case .department: "un ministère"
        case .localAuthority: "une collectivité locale"
        case .cso: "une organisation de la société civile"
        case .citizenGroup: "un groupe de citoyens"
        case .academic: "un partenaire universitaire"
        case .private: "un partenaire privé"
        case .lab: "un membre du laboratoire"
        case .international: "un organisme international"
        }
    }

    static func describe(_ kind: StakeholderKind) -> String {
        switch kind {
        case .department: "government department"
        case .localAuthority: "local authority"
        case .cso: "civil society organisation"
        case .citizenGroup: "citizen group"
        case .academic: "academic partner"
        case .private: "private sector partner"
        case .lab: "member of the lab"
        case .international: "international body"
        }
    }

    /// The claims to publish with their status: verified ones, and the others only when asked for.
    func claims(of project: Project) -> [(claim: ImpactClaim, status: ClaimStatus, verifiers: [String])] {
        (claimsByProject[project.id] ?? []).compactMap { claim in
            let status = claim.status(in: project, settings: knowledgeBase.settings)
            guard status == .verified || includeUnverified else { return nil }
            let verifiers = claim.currentVerifications().filter { $0.verdict == .confirmed }
                .compactMap { project.stakeholder($0.stakeholder.value) }.map(name)
            return (claim, status, verifiers)
        }
    }
}

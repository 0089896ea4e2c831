/// What a project summary may show, already filtered by `PublicationPolicy`. Templates see only this.
/// Plain texts are escaped by the template (`{{title}}`); fields documented as Markdown are
/// sanitised Markdown, inserted as they are (`{{{background}}}`).
struct SummaryView {
    struct MethodItem {
        var title: String
        var summary: String
        var url: String?
    }

    struct PersonItem {
        var name: String
        var role: String?
    }

    struct ClaimItem {
        var statement: String
        var verifiedBy: String?
        /// Set for a claim shown before it was verified ("awaiting verification").
        var caveat: String?
    }

    struct LessonItem {
        var title: String
        var summary: String
        var url: String?
    }

    struct MilestoneItem {
        var title: String
        /// "done on 2020-06-20", "outcome not reported in the sources (due 2017-04-15)"...
        var state: String
    }

    struct IndicatorItem {
        var title: String
        var target: String?
        var actual: String?
        var actualOn: String?
    }

    struct EvidenceItem {
        var title: String
        var kind: String
        var url: String?
        var strength: String?
        var summary: String?
    }

    var frontMatter: String
    var title: String
    var summary: String
    var commissioner: String
    var challenge: String?
    var period: String?
    var demonstrator: Bool
    var background: String?
    var methods: [MethodItem]
    var whatWeDid: String?
    var partners: [String]
    var people: [PersonItem]
    var reached: [String]
    var whoTookPart: String?
    var milestones: [MilestoneItem]
    var indicators: [IndicatorItem]
    var claims: [ClaimItem]
    var lessons: [LessonItem]
    var evidence: [EvidenceItem]
    var nextSteps: String?

    // Stored, not computed: templates read a view through Mirror, which sees stored properties only.
    var hasMethods = false
    var hasPeople = false
    var hasProgress = false
    var hasClaims = false
    var hasLessons = false
    var hasEvidence = false
}

extension SummaryView {
    /// The view of `project`: only what `policy` lets out.
    init(project: Project, policy: PublicationPolicy, byline: String, date: Day, links: SiteLinker) {
        let kb = policy.knowledgeBase
        let sections = MarkdownSections(project.source.body)
        frontMatter = PublicationFrontMatter(title: project.title, date: date, author: byline, tags: project.tags, summary: project.summary).text
        title = project.title
        summary = project.summary
        commissioner = project.commissioner
        challenge = project.challenge
        period = switch (project.started, project.ended) {
        case let (started?, ended?): "from \(started) to \(ended)"
        case let (started?, nil): "from \(started)"
        case let (nil, ended?): "until \(ended)"
        case (nil, nil): nil
        }
        demonstrator = project.demonstrator
        background = sections["background"]
        methods = project.methods.compactMap { kb.resolveMethod($0.value) }.map { method in
            MethodItem(title: method.title, summary: method.summary,
                       url: links.url(for: method))
        }
        whatWeDid = sections["what we did"]
        // Partners already listed as stakeholders are not named twice.
        partners = project.partners.filter { partner in !project.stakeholders.contains { $0.isPublic && partner.hasPrefix($0.name) } }
        people = project.stakeholders.map { PersonItem(name: policy.name(of: $0), role: $0.isPublic ? $0.role : nil) }
        reached = project.reached
        whoTookPart = sections["who took part"]
        // Judged on the post's date: a milestone is overdue only if it was late on the day of publication.
        milestones = project.milestones.map { milestone in
            MilestoneItem(title: milestone.title, state: MilestoneState(milestone, in: project, today: date).label(for: milestone, project: project))
        }
        indicators = project.indicators.map { indicator in
            IndicatorItem(title: indicator.title, target: indicator.target, actual: indicator.actual, actualOn: indicator.actualOn.map { "\($0)" })
        }
        claims = policy.claims(of: project).map { item in
            let caveat: String? = switch item.status {
            case .verified: nil
            case .stale: "awaiting verification: the statement changed since it was confirmed"
            case .disputed: "awaiting verification: a stakeholder disputes it"
            case .pending, .unverified: "awaiting verification"
            }
            return ClaimItem(statement: item.claim.statement,
                             verifiedBy: item.verifiers.isEmpty || caveat != nil ? nil : item.verifiers.joined(separator: ", "),
                             caveat: caveat)
        }
        lessons = policy.publishedLessons(of: project.id)
            .map { LessonItem(title: $0.title, summary: $0.summary, url: links.url(for: $0)) }
        evidence = policy.publicEvidence(of: project.id).map { item in
            EvidenceItem(title: item.title, kind: item.kind.rawValue.replacingOccurrences(of: "-", with: " "),
                         url: item.link.flatMap(MarkdownText.linkTarget),
                         strength: item.strength.map { "strength \($0) of 5 on the Nesta standards of evidence" },
                         summary: item.summary)
        }
        nextSteps = sections["next steps"]
        hasMethods = !methods.isEmpty || whatWeDid != nil
        hasPeople = !partners.isEmpty || !people.isEmpty || !reached.isEmpty || whoTookPart != nil
        hasProgress = !milestones.isEmpty || !indicators.isEmpty
        hasClaims = !claims.isEmpty
        hasLessons = !lessons.isEmpty
        hasEvidence = !evidence.isEmpty
    }
}

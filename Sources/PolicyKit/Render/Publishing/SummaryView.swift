import Foundation

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
        /// As it reads after the name and a comma ("lead institution for the commitment").
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
        /// In words, judged on the post's date: "done on 20 June 2020", "due by 30 September 2020",
        /// "outcome not reported (it was due on 15 April 2017)"...
        var state: String
    }

    struct IndicatorItem {
        var title: String
        var target: String?
        var actual: String?
        /// The day the actual data was collected, in words.
        var actualOn: String?
    }

    struct EvidenceItem {
        var title: String
        /// "report", "interview notes".
        var kind: String
        /// "a report, strength 2 of 5 on the Nesta standards of evidence".
        var description: String
        var url: String?
        var strength: String?
        var summary: String?
    }

    var frontMatter: String
    var title: String
    /// The project's summary, which opens the post.
    var summary: String
    /// Who commissioned it and when it ran, in words, by its status: "Commissioned by the Cabinet
    /// Office, the project started on 1 March 2019 and is under way."
    var introduction: String
    var commissioner: String
    /// The lab's own name, from `policylab.yaml` ("Policy Lab").
    var lab: String
    var challenge: String?
    /// "from 1 March 2019 to 30 June 2021", when the project has dates.
    var period: String?
    var demonstrator: Bool
    /// "It is one of Policy Lab's demonstrator projects.", or nil.
    var demonstratorNote: String?
    /// The project's status word (`active`), and whether it is over or still planned.
    var status: String
    var isOver: Bool
    var isPlanned: Bool
    /// Whether the lab took part (a stakeholder of kind `lab`): the post then says "we".
    var labTookPart: Bool
    var background: String?
    /// "The challenge", or "Background" for a project that names no challenge.
    var challengeHeading: String
    var methods: [MethodItem]
    var whatWeDid: String?
    /// "What we did", "What the project is doing", "What is planned"...: by who did it and the status.
    var workHeading: String
    /// "Methods from Policy Lab's toolkit that the project used:" (uses, plans to use).
    var methodsIntroduction: String
    var partners: [String]
    var people: [PersonItem]
    var reached: [String]
    /// "We reached:", "The project reached:", "It aims to reach:".
    var reachedIntroduction: String
    var whoTookPart: String?
    /// "Who took part", or "Who is involved" while the project goes on.
    var peopleHeading: String
    var milestones: [MilestoneItem]
    var indicators: [IndicatorItem]
    /// "Outcomes" for a project that is over, "Progress" otherwise.
    var progressHeading: String
    var claims: [ClaimItem]
    /// "What changed", or "What has changed so far".
    var claimsHeading: String
    var lessons: [LessonItem]
    /// "What we learned", or "What was learned" when the lab did not take part.
    var lessonsHeading: String
    var evidence: [EvidenceItem]
    var nextSteps: String?

    // Stored, not computed: templates read a view through Mirror, which sees stored properties only.
    var hasIntroduction = false
    var hasMethods = false
    var hasPeople = false
    var hasProgress = false
    var hasClaims = false
    var hasLessons = false
    var hasEvidence = false
}

extension SummaryView {
    /// The view of `project`: only what `policy` lets out.
    /// - Parameter language: `fr` for the French wording (the project's texts are those of `policy`'s knowledge base).
    init(project: Project, policy: PublicationPolicy, byline: String, date: Day, links: SiteLinker, language: String = "en") {
        let kb = policy.knowledgeBase
        let fr = language == "fr"
        let sections = MarkdownSections(project.source.body)
        func section(_ name: String) -> String? {
            (fr ? sections[FrenchPostWording.headings[name] ?? name] ?? sections[name] : sections[name]).flatMap(PostWording.withoutStaffNotes)
        }
        func day(_ day: Day) -> String { fr ? FrenchPostWording.date(day) : PostWording.date(day) }
        let over = PostWording.isOver(project.status), planned = PostWording.isPlanned(project.status)
        let lab = PostWording.labName(kb.settings)
        // "We" only for the lab whose knowledge base this is, not for another lab the project names.
        let labTookPart = project.stakeholders.contains { $0.kind == .lab && $0.name.lowercased().contains(lab.lowercased()) }
        frontMatter = PublicationFrontMatter(title: project.title, date: date, author: byline, tags: project.tags, summary: project.summary).text
        title = project.title
        summary = project.summary
        introduction = fr ? FrenchPostWording.introduction(project) : PostWording.introduction(project)
        commissioner = project.commissioner
        self.lab = lab
        challenge = project.challenge
        period =
            switch (project.started, project.ended) {
            case let (started?, ended?): fr ? FrenchPostWording.range(started, ended) : PostWording.range(started, ended)
            case let (started?, nil): fr ? "à partir du \(day(started))" : "from \(day(started))"
            case let (nil, ended?): fr ? "jusqu'au \(day(ended))" : "until \(day(ended))"
            case (nil, nil): nil
            }
        demonstrator = project.demonstrator
        demonstratorNote =
            !project.demonstrator
            ? nil
            : fr ? "C'est l'un des projets démonstrateurs de \(lab)." : "It is one of \(PostWording.possessive(lab)) demonstrator projects."
        status = project.status.localizedName(in: language)
        isOver = over
        isPlanned = planned
        self.labTookPart = labTookPart
        // A body paragraph that only repeats the lead or the challenge is not printed twice.
        let repeated = Set([project.summary, project.challenge].compactMap { $0.map(Self.normalised) })
        func unrepeated(_ text: String?) -> String? {
            guard let text else { return nil }
            let kept = text.components(separatedBy: "\n\n").filter { !repeated.contains(Self.normalised($0)) }
            return kept.isEmpty ? nil : kept.joined(separator: "\n\n")
        }
        background = unrepeated(section("background"))
        challengeHeading = fr ? (project.challenge == nil ? "Contexte" : "L'enjeu") : project.challenge == nil ? "Background" : "The challenge"
        methods = project.methods.compactMap { kb.resolveMethod($0.value) }.map { method in
            MethodItem(
                title: method.title, summary: method.summary,
                url: links.url(for: method))
        }
        whatWeDid = unrepeated(section("what we did"))
        workHeading =
            switch (labTookPart, over, planned) {
            case (true, true, _): "What we did"
            case (true, false, true): "What we plan to do"
            case (true, false, false): "What we are doing"
            case (false, true, _): "What the project did"
            case (false, false, true): "What is planned"
            case (false, false, false): "What the project is doing"
            }
        let verb = fr ? (over ? "a utilisées" : planned ? "prévoit d'utiliser" : "utilise") : over ? "used" : planned ? "plans to use" : "uses"
        methodsIntroduction =
            fr
            ? "Méthodes de la boîte à outils de \(lab) que le projet \(verb) :"
            : "Methods from \(PostWording.possessive(lab)) toolkit that the project \(verb):"
        // Partners already listed as stakeholders are not named twice.
        partners = project.partners.filter { partner in !project.stakeholders.contains { $0.isPublic && partner.hasPrefix($0.name) } }
        people = project.stakeholders.map { PersonItem(name: policy.name(of: $0), role: $0.isPublic ? $0.role.map(PostWording.role) : nil) }
        reached = project.reached
        reachedIntroduction =
            switch (labTookPart, over, planned) {
            case (true, true, _): "We reached:"
            case (false, true, _): "The project reached:"
            case (_, false, true): "It aims to reach:"
            case (_, false, false): "So far it has reached:"
            }
        whoTookPart = unrepeated(section("who took part"))
        peopleHeading = fr ? (over ? "Qui a participé" : "Qui est impliqué") : over ? "Who took part" : "Who is involved"
        // Judged on the post's date: a milestone is overdue only if it was late on the day of publication.
        milestones = project.milestones.map { milestone in
            let state = MilestoneState(milestone, in: project, today: date)
            return MilestoneItem(
                title: milestone.title,
                state: fr ? FrenchPostWording.state(of: milestone, state, on: date) : Self.state(of: milestone, state, on: date))
        }
        indicators = project.indicators.map { indicator in
            IndicatorItem(title: indicator.title, target: indicator.target, actual: indicator.actual, actualOn: indicator.actualOn.map(day))
        }
        progressHeading = fr ? (over ? "Résultats" : "Avancement") : over ? "Outcomes" : "Progress"
        claims = policy.claims(of: project).map { item in
            var caveat: String? =
                switch item.status {
                case .verified: nil
                case .stale: "awaiting verification: the statement changed since it was confirmed"
                case .disputed: "awaiting verification: a stakeholder disputes it"
                case .pending, .unverified: "awaiting verification"
                }
            if fr { caveat = Self.frenchCaveat(item.status, awaitsTranslation: item.claim.awaitsTranslation) }
            return ClaimItem(
                statement: item.claim.statement,
                verifiedBy: item.verifiers.isEmpty || caveat != nil ? nil : item.verifiers.joined(separator: ", "),
                caveat: caveat)
        }
        claimsHeading = fr ? (over ? "Ce qui a changé" : "Ce qui a changé jusqu'ici") : over ? "What changed" : "What has changed so far"
        lessons = policy.publishedLessons(of: project.id)
            .map { LessonItem(title: $0.title, summary: $0.summary, url: links.url(for: $0)) }
        lessonsHeading =
            fr ? (labTookPart ? "Ce que nous avons appris" : "Ce qui a été appris") : labTookPart ? "What we learned" : "What was learned"
        evidence = policy.publicEvidence(of: project.id).map { item in
            let kind = fr ? item.kind.frenchName : item.kind.rawValue.replacingOccurrences(of: "-", with: " ")
            let strength = item.strength.map {
                fr ? "niveau \($0) sur 5 des standards de preuve de Nesta" : "strength \($0) of 5 on the Nesta standards of evidence"
            }
            return EvidenceItem(
                title: item.title, kind: kind,
                description: ([fr ? FrenchPostWording.withArticle(item.kind) : Self.withArticle(item.kind)] + [strength].compactMap { $0 }).joined(
                    separator: ", "),
                url: item.link.flatMap(MarkdownText.linkTarget), strength: strength, summary: item.summary.map(Self.sentence))
        }
        nextSteps = section("next steps")
        if fr {
            workHeading = Self.frenchWorkHeading(labTookPart, over, planned)
            reachedIntroduction =
                labTookPart && over
                ? "Nous avons atteint :" : over ? "Le projet a atteint :" : planned ? "Il vise à atteindre :" : "Jusqu'ici, il a atteint :"
        }
        hasIntroduction = true
        hasMethods = !methods.isEmpty || whatWeDid != nil
        hasPeople = !partners.isEmpty || !people.isEmpty || !reached.isEmpty || whoTookPart != nil
        hasProgress = !milestones.isEmpty || !indicators.isEmpty
        hasClaims = !claims.isEmpty
        hasLessons = !lessons.isEmpty
        hasEvidence = !evidence.isEmpty
    }

    /// "Ce que nous avons fait"...: the French work heading, by who did it and the status.
    static func frenchWorkHeading(_ labTookPart: Bool, _ over: Bool, _ planned: Bool) -> String {
        switch (labTookPart, over, planned) {
        case (true, true, _): "Ce que nous avons fait"
        case (true, false, true): "Ce que nous prévoyons de faire"
        case (true, false, false): "Ce que nous faisons"
        case (false, true, _): "Ce que le projet a fait"
        case (false, false, true): "Ce qui est prévu"
        case (false, false, false): "Ce que fait le projet"
        }
    }

    /// The French caveat of a claim not verified (in French: or whose translation is not up to date).
    static func frenchCaveat(_ status: ClaimStatus, awaitsTranslation: Bool) -> String? {
        if awaitsTranslation { return "en attente d'une traduction à jour" }
        switch status {
        case .verified: return nil
        case .stale: return "en attente de vérification : l'énoncé a changé depuis sa confirmation"
        case .disputed: return "en attente de vérification : une partie prenante le conteste"
        case .pending, .unverified: return "en attente de vérification"
        }
    }

    /// A milestone's state in the words of a post (`MilestoneState.label` is the staff's wording).
    static func state(of milestone: Milestone, _ state: MilestoneState, on date: Day) -> String {
        let wasDue =
            milestone.due.map { due in
                due < date ? " (it was due on \(PostWording.date(due)))" : " yet (it is due by \(PostWording.date(due)))"
            } ?? ""
        switch state {
        case .done: return milestone.done.map { "done on \(PostWording.date($0))" } ?? "done"
        case .missed: return "missed" + wasDue
        case .dropped: return "dropped" + wasDue
        case .notReported, .unrecorded: return "outcome not reported" + wasDue
        case .overdue: return "overdue" + wasDue
        case .due: return milestone.due.map { "due by \(PostWording.date($0))" } ?? "planned"
        case .open: return "planned, no date set"
        }
    }

    /// "a report", "an evaluation", "interview notes".
    static func withArticle(_ kind: EvidenceKind) -> String {
        switch kind {
        case .report: "a report"
        case .dataset: "a data set"
        case .evaluation: "an evaluation"
        case .survey: "a survey"
        case .interviewNotes: "interview notes"
        case .workshopOutput: "a workshop output"
        case .blog: "a blog post"
        case .video: "a video"
        case .other: "a document"
        }
    }

    /// Text that ends as a sentence does.
    static func sentence(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let last = trimmed.last, !".!?)".contains(last) else { return trimmed }
        return trimmed + "."
    }

    /// For comparing paragraphs: case, spaces and final punctuation aside.
    static func normalised(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ".!? "))
    }
}

/// What a period digest may show, filtered by `PublicationPolicy`: the round-up for reflection
/// sessions and newsletters. Templates see only this.
struct DigestView {
    struct ProjectItem {
        var title: String
        var commissioner: String
        var summary: String
    }

    struct MilestoneItem {
        var project: String
        var title: String
        var done: String
    }

    struct ClaimItem {
        var statement: String
        var project: String
        var verifiedBy: String
    }

    struct RecordItem {
        var title: String
        var summary: String
        var url: String?
    }

    var frontMatter: String
    var title: String
    /// "from 1 June to 31 December 2023".
    var period: String
    /// The lab's own name, from `policylab.yaml`.
    var lab: String
    /// "Policy Lab's round-up of what happened from 1 June to 31 December 2023."
    var introduction: String
    var projectsStarted: [ProjectItem]
    var projectsDelivered: [ProjectItem]
    var milestones: [MilestoneItem]
    var verifiedClaims: [ClaimItem]
    /// Nil when none: a template section shows only what happened.
    var disputedClaims: Int?
    /// "One claim of impact was disputed by a stakeholder and is being looked at again.", or nil.
    var disputedNote: String?
    var newLessons: [RecordItem]
    var updatedLessons: [RecordItem]
    var newMethods: [RecordItem]
    var updatedMethods: [RecordItem]
    var contributors: [String]
    var commitCount: Int
    // Stored, not computed: templates read a view through Mirror.
    var hasProjects = false
    var hasLessons = false
    var hasMethods = false
    var isQuiet = false
}

extension DigestView {
    /// - Parameter language: `fr` for the French wording.
    init(activity: PeriodActivity, policy: PublicationPolicy, byline: String, links: SiteLinker, language: String = "en") {
        let kb = policy.knowledgeBase
        let fr = language == "fr"
        let range = activity.since...activity.until
        func project(_ item: Project) -> ProjectItem { ProjectItem(title: item.title, commissioner: item.commissioner, summary: item.summary) }
        lab = PostWording.labName(kb.settings)
        let dates = fr ? FrenchPostWording.range(activity.since, activity.until) : PostWording.range(activity.since, activity.until)
        title = fr ? "Ce qui a changé \(dates)" : "What changed \(dates)"
        period = dates
        introduction =
            fr ? "Le bilan de \(lab) sur ce qui s'est passé \(dates)." : "\(PostWording.possessive(lab)) round-up of what happened \(dates)."
        let started = kb.projects.filter { $0.started.map(range.contains) ?? false }
        let delivered = kb.projects.filter { ($0.status == .delivered || $0.status == .closed) && ($0.ended.map(range.contains) ?? false) }
        projectsStarted = started.map(project)
        projectsDelivered = delivered.map(project)
        var reached: [(project: RecordID, item: MilestoneItem)] = []
        for item in kb.projects {
            for milestone in item.milestones {
                guard let done = milestone.done, range.contains(done) else { continue }
                reached.append(
                    (
                        item.id,
                        MilestoneItem(project: item.title, title: milestone.title, done: fr ? FrenchPostWording.date(done) : PostWording.date(done))
                    ))
            }
        }
        milestones = reached.map(\.item)
        var verified: [ClaimItem] = []
        var disputed = 0
        var active = Set(started.map(\.id) + delivered.map(\.id) + reached.map(\.project))
        for claim in kb.claims {
            guard let owner = kb.project(claim.project) else { continue }
            let recent = claim.currentVerifications().filter { $0.on.map(range.contains) ?? false }
            guard !recent.isEmpty else { continue }
            switch claim.status(in: owner, settings: kb.settings) {
            case .verified:
                let names = recent.filter { $0.verdict == .confirmed }.compactMap { owner.stakeholder($0.stakeholder.value) }.map(policy.name)
                verified.append(ClaimItem(statement: claim.statement, project: owner.title, verifiedBy: names.joined(separator: ", ")))
                active.insert(owner.id)
            case .disputed:
                disputed += 1
            default:
                break
            }
        }
        verifiedClaims = verified
        disputedClaims = disputed > 0 ? disputed : nil
        disputedNote =
            switch disputed {
            case 0: nil
            case 1: "One claim of impact was disputed by a stakeholder and is being looked at again."
            default: "\(disputed) claims of impact were disputed by stakeholders and are being looked at again."
            }
        if fr { disputedNote = Self.frenchDisputedNote(disputed) }
        func records<R>(_ items: [R], paths: Set<String>, path: (R) -> String, item: (R) -> RecordItem) -> [RecordItem] {
            items.filter { paths.contains(path($0)) }.map(item)
        }
        let lessons = kb.lessons.filter { $0.status == .published }
        let lessonItem = { (lesson: Lesson) in RecordItem(title: lesson.title, summary: lesson.summary, url: links.url(for: lesson)) }
        newLessons = records(lessons, paths: activity.newPaths, path: \.source.path, item: lessonItem)
        updatedLessons = records(lessons, paths: activity.changedPaths, path: \.source.path, item: lessonItem)
        let methods = kb.methods.filter { $0.status == .published }
        let methodItem = { (method: Method) in
            RecordItem(title: method.title, summary: method.summary, url: links.url(for: method))
        }
        newMethods = records(methods, paths: activity.newPaths, path: \.source.path, item: methodItem)
        updatedMethods = records(methods, paths: activity.changedPaths, path: \.source.path, item: methodItem)
        let stakeholders = active.sorted().compactMap(kb.project).flatMap(\.stakeholders).filter(\.isPublic).map(\.name)
        // Commit authors who are private stakeholders (by name or contact) are never named.
        let hidden = kb.projects.flatMap(\.stakeholders).filter { !$0.isPublic }
        let hiddenNames = Set(hidden.map { $0.name.lowercased() })
        let hiddenContacts = Set(hidden.compactMap(\.contact).map(StakeholderEntries.normalisedContact))
        let authors = activity.contributors.filter { name in
            !hiddenNames.contains(name.lowercased()) && (activity.contributorEmails[name] ?? []).isDisjoint(with: hiddenContacts)
        }
        contributors = Array(Set(authors + stakeholders)).sorted()
        commitCount = activity.commitCount
        hasProjects = !projectsStarted.isEmpty || !projectsDelivered.isEmpty || !milestones.isEmpty
        hasLessons = !newLessons.isEmpty || !updatedLessons.isEmpty
        hasMethods = !newMethods.isEmpty || !updatedMethods.isEmpty
        isQuiet = !hasProjects && !hasLessons && !hasMethods && verifiedClaims.isEmpty && disputed == 0
        let words =
            fr
            ? [
                ("projet lancé", "projets lancés"), ("projet livré", "projets livrés"), ("affirmation vérifiée", "affirmations vérifiées"),
                ("nouvel enseignement", "nouveaux enseignements"),
            ]
            : [
                ("project started", "projects started"), ("project delivered", "projects delivered"), ("claim verified", "claims verified"),
                ("new lesson", "new lessons"),
            ]
        let counts = zip([projectsStarted.count, projectsDelivered.count, verifiedClaims.count, newLessons.count], words)
            .filter { $0.0 > 0 }.map { "\($0.0) \($0.0 == 1 ? $0.1.0 : $0.1.1)" }
        let quiet = fr ? "Une période calme." : "A quiet period."
        frontMatter =
            PublicationFrontMatter(
                title: title, date: activity.until, author: byline, tags: ["digest"],
                summary: counts.isEmpty ? quiet : counts.joined(separator: ", ") + "."
            ).text
    }

    /// "Une affirmation d'impact a été contestée...", or nil.
    static func frenchDisputedNote(_ disputed: Int) -> String? {
        switch disputed {
        case 0: nil
        case 1: "Une affirmation d'impact a été contestée par une partie prenante et est en cours de réexamen."
        default: "\(disputed) affirmations d'impact ont été contestées par des parties prenantes et sont en cours de réexamen."
        }
    }
}

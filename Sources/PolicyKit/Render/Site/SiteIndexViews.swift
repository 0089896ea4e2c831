/// The views of the pages that list records: home, toolkit, projects and lessons.
struct HomeView {
    struct PhaseItem {
        var id: String
        var name: String
        var count: Int
        /// "20 methods", "1 méthode", "0 méthode" (French counts 0 and 1 in the singular).
        var methods: String
    }

    var siteName: String
    var today: String
    /// The day as the page shows it: in words in French.
    var todayText: String
    var commitment: String?
    var period: String?
    var demonstrators: String
    var demonstratorsLabel: String
    var milestonesDone: Int
    var milestonesTotal: Int
    /// The words after the figure: "of 22 milestones done", "jalons réalisés sur 22" ("jalon réalisé" for 0 or 1).
    var milestonesLabel: String
    /// What is known of the others: "1 overdue, 9 not reported in the sources".
    var milestonesNote: String?
    var claimsVerified: Int
    var claimsTotal: Int
    /// "of 5 impact claims verified by stakeholders", "affirmation d'impact vérifiée par les parties prenantes sur 5".
    var claimsLabel: String
    var lessonsPublished: Int
    /// "lessons published", "enseignements publiés" ("enseignement publié" for 0 or 1).
    var lessonsLabel: String
    var phases: [PhaseItem]
    var demonstratorProjects: [SiteItem]
    var latestLessons: [SiteItem]
    var hasDemonstrators = false
    var hasLessons = false
    var charts: SiteCharts

    init(_ kb: KnowledgeBase, status: ProgrammeStatus, lessons: [Lesson]) {
        let fr = kb.language == "fr"
        siteName = kb.settings.name
        charts = SiteCharts(kb, status: status)
        today = "\(status.today)"
        todayText = SiteItem.day(status.today, in: kb.language)
        commitment = status.commitment
        period = status.period.flatMap { period in
            guard let start = period.start, let end = period.end else { return nil }
            return fr ? FrenchPostWording.range(start, end) : "from \(start) to \(end)"
        }
        let target = status.demonstrators.target
        let delivered = status.demonstrators.delivered, commissioned = status.demonstrators.total
        if fr {
            // "0 démonstrateur livré sur un objectif de 4, 3 commandés en tout": the figure is the
            // count the words agree with, so the target goes in the words.
            demonstrators = "\(delivered)"
            demonstratorsLabel =
                FrenchPostWording.agreeing(delivered, "démonstrateur livré", "démonstrateurs livrés")
                + (target.map { " sur un objectif de \($0)" } ?? "") + ", \(commissioned) "
                + FrenchPostWording.agreeing(commissioned, "commandé", "commandés") + " en tout"
        } else {
            demonstrators = target.map { "\(delivered) of \($0)" } ?? "\(delivered)"
            demonstratorsLabel = "demonstrators delivered, \(commissioned) commissioned in all"
        }
        milestonesDone = status.milestones.done
        milestonesTotal = status.milestones.total
        milestonesLabel =
            fr
            ? FrenchPostWording.agreeing(milestonesDone, "jalon réalisé", "jalons réalisés") + " sur \(milestonesTotal)"
            : "of \(milestonesTotal) milestones done"
        let milestones = status.milestones
        let words =
            fr
            ? ["en retard", "non communiqué dans les sources", "manqué", "abandonné"]
            : ["overdue", "not reported in the sources", "missed", "dropped"]
        let notes = zip([milestones.overdue.count, milestones.notReported.count, milestones.missed.count, milestones.dropped.count], words)
            .filter { $0.0 > 0 }.map { "\($0.0) " + (fr ? SiteCharts.agreeing($0.1, with: $0.0) : $0.1) }
        milestonesNote = notes.isEmpty ? nil : notes.joined(separator: ", ")
        claimsVerified = status.claims[ClaimStatus.verified.rawValue] ?? 0
        claimsTotal = status.claims.values.reduce(0, +)
        claimsLabel =
            fr
            ? FrenchPostWording.agreeing(claimsVerified, "affirmation d'impact vérifiée", "affirmations d'impact vérifiées")
                + " par les parties prenantes sur \(claimsTotal)"
            : "of \(claimsTotal) impact claims verified by stakeholders"
        lessonsPublished = lessons.count
        lessonsLabel = fr ? FrenchPostWording.agreeing(lessonsPublished, "enseignement publié", "enseignements publiés") : "lessons published"
        let published = kb.methods.filter { $0.status == .published }
        phases = Phase.allCases.map { phase in
            let count = published.filter { $0.phases.contains(phase) }.count
            let methods = fr ? FrenchPostWording.agreeing(count, "méthode", "méthodes") : count == 1 ? "method" : "methods"
            return PhaseItem(id: phase.rawValue, name: ToolkitView.name(of: phase, french: fr), count: count, methods: "\(count) \(methods)")
        }
        demonstratorProjects = kb.projects.filter(\.demonstrator).map { SiteItem($0, root: "", language: kb.language) }
        latestLessons = lessons.prefix(5).map { SiteItem($0, root: "", language: kb.language) }
        hasDemonstrators = !demonstratorProjects.isEmpty
        hasLessons = !latestLessons.isEmpty
    }
}

/// The views of the pages that list records: home, toolkit, projects and lessons.
struct HomeView {
    struct PhaseItem {
        var id: String
        var name: String
        var count: Int
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
    /// What is known of the others: "1 overdue, 9 not reported in the sources".
    var milestonesNote: String?
    var claimsVerified: Int
    var claimsTotal: Int
    var lessonsPublished: Int
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
        demonstrators = target.map { "\(status.demonstrators.delivered) \(fr ? "sur" : "of") \($0)" } ?? "\(status.demonstrators.delivered)"
        demonstratorsLabel =
            fr
            ? "démonstrateurs livrés, \(status.demonstrators.total) commandés en tout"
            : "demonstrators delivered, \(status.demonstrators.total) commissioned in all"
        milestonesDone = status.milestones.done
        milestonesTotal = status.milestones.total
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
        lessonsPublished = lessons.count
        let published = kb.methods.filter { $0.status == .published }
        phases = Phase.allCases.map { phase in
            PhaseItem(id: phase.rawValue, name: ToolkitView.name(of: phase, french: fr), count: published.filter { $0.phases.contains(phase) }.count)
        }
        demonstratorProjects = kb.projects.filter(\.demonstrator).map { SiteItem($0, root: "", language: kb.language) }
        latestLessons = lessons.prefix(5).map { SiteItem($0, root: "", language: kb.language) }
        hasDemonstrators = !demonstratorProjects.isEmpty
        hasLessons = !latestLessons.isEmpty
    }
}

/// The views of the pages that list records: home, toolkit, projects and lessons.
struct HomeView {
    struct PhaseItem {
        var id: String
        var name: String
        var count: Int
    }

    var siteName: String
    var today: String
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
        commitment = status.commitment
        period = status.period.flatMap { period in
            guard let start = period.start, let end = period.end else { return nil }
            return fr ? "du \(start) au \(end)" : "from \(start) to \(end)"
        }
        let target = status.demonstrators.target
        demonstrators = target.map { "\(status.demonstrators.delivered) \(fr ? "sur" : "of") \($0)" } ?? "\(status.demonstrators.delivered)"
        demonstratorsLabel = fr ? "démonstrateurs livrés, \(status.demonstrators.total) commandés en tout"
            : "demonstrators delivered, \(status.demonstrators.total) commissioned in all"
        milestonesDone = status.milestones.done
        milestonesTotal = status.milestones.total
        let milestones = status.milestones
        let words = fr ? ["en retard", "non communiqués dans les sources", "manqués", "abandonnés"]
            : ["overdue", "not reported in the sources", "missed", "dropped"]
        let notes = zip([milestones.overdue.count, milestones.notReported.count, milestones.missed.count, milestones.dropped.count], words)
            .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        milestonesNote = notes.isEmpty ? nil : notes.joined(separator: ", ")
        claimsVerified = status.claims[ClaimStatus.verified.rawValue] ?? 0
        claimsTotal = status.claims.values.reduce(0, +)
        lessonsPublished = lessons.count
        let published = kb.methods.filter { $0.status == .published }
        phases = Phase.allCases.map { phase in
            PhaseItem(id: phase.rawValue, name: ToolkitView.name(of: phase, french: fr), count: published.filter { $0.phases.contains(phase) }.count)
        }
        demonstratorProjects = kb.projects.filter(\.demonstrator).map { SiteItem($0, root: "") }
        latestLessons = lessons.prefix(5).map { SiteItem($0, root: "") }
        hasDemonstrators = !demonstratorProjects.isEmpty
        hasLessons = !latestLessons.isEmpty
    }
}

struct ToolkitView {
    struct PhaseSection {
        var id: String
        var name: String
        var description: String
        var methods: [SiteItem]
        var hasMethods: Bool
    }

    var phases: [PhaseSection]
    var retired: [SiteItem]
    var hasRetired = false

    init(_ kb: KnowledgeBase) {
        let fr = kb.language == "fr"
        let published = kb.methods.filter { $0.status == .published }.sorted { $0.title.localizedStandardCompare($1.title) == .orderedAscending }
        phases = Phase.allCases.map { phase in
            let methods = published.filter { $0.phases.contains(phase) }.map { SiteItem($0, root: "../") }
            return PhaseSection(id: phase.rawValue, name: Self.name(of: phase, french: fr), description: Self.description(of: phase, french: fr),
                                methods: methods, hasMethods: !methods.isEmpty)
        }
        retired = kb.methods.filter { $0.status == .retired }.map { SiteItem($0, root: "../") }
        hasRetired = !retired.isEmpty
    }

    static func name(of phase: Phase, french: Bool = false) -> String {
        if french {
            switch phase {
            case .discover: return "Découvrir"
            case .define: return "Définir"
            case .develop: return "Développer"
            case .deliver: return "Mettre en œuvre"
            }
        }
        return switch phase {
        case .discover: "Discover"
        case .define: "Define"
        case .develop: "Develop"
        case .deliver: "Deliver"
        }
    }

    static func description(of phase: Phase, french: Bool = false) -> String {
        if french {
            switch phase {
            case .discover: return "Comprendre le problème et les personnes qui le vivent."
            case .define: return "Formuler la question de politique publique et décider à quoi ressemblerait la réussite."
            case .develop: return "Imaginer des options et les tester avec les personnes concernées."
            case .deliver: return "Mettre la politique en œuvre, l'évaluer et en tirer des enseignements."
            }
        }
        return switch phase {
        case .discover: "Understand the problem and the people who live with it."
        case .define: "Frame the policy question and decide what success would look like."
        case .develop: "Generate options and test them with the people they affect."
        case .deliver: "Put the policy into practice, evaluate it and learn."
        }
    }
}

struct ProjectListView {
    struct Group {
        var name: String
        var projects: [SiteItem]
    }

    var groups: [Group]

    init(_ kb: KnowledgeBase) {
        let demonstrators = kb.projects.filter(\.demonstrator).map { SiteItem($0, root: "../") }
        let others = kb.projects.filter { !$0.demonstrator }.map { SiteItem($0, root: "../") }
        let fr = kb.language == "fr"
        groups = [Group(name: fr ? "Démonstrateurs" : "Demonstrators", projects: demonstrators),
                  Group(name: fr ? "Autres projets" : "Other projects", projects: others)]
            .filter { !$0.projects.isEmpty }
    }
}

struct LessonListView {
    var lessons: [SiteItem]
}

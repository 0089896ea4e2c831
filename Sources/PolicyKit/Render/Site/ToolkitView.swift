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
            return PhaseSection(
                id: phase.rawValue, name: Self.name(of: phase, french: fr), description: Self.description(of: phase, french: fr),
                methods: methods, hasMethods: !methods.isEmpty)
        }
        retired = kb.methods.filter { $0.status == .retired }.map { SiteItem($0, root: "../") }
        hasRetired = !retired.isEmpty
    }

    static func name(of phase: Phase, french: Bool = false) -> String {
        if french { return phase.frenchName.prefix(1).uppercased() + phase.frenchName.dropFirst() }
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

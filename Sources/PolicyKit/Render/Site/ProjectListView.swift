struct ProjectListView {
    struct Group {
        var name: String
        var projects: [SiteItem]
    }

    var groups: [Group]

    init(_ kb: KnowledgeBase) {
        let demonstrators = kb.projects.filter(\.demonstrator).map { SiteItem($0, root: "../", language: kb.language) }
        let others = kb.projects.filter { !$0.demonstrator }.map { SiteItem($0, root: "../", language: kb.language) }
        let fr = kb.language == "fr"
        groups = [
            Group(name: fr ? "Démonstrateurs" : "Demonstrators", projects: demonstrators),
            Group(name: fr ? "Autres projets" : "Other projects", projects: others),
        ]
        .filter { !$0.projects.isEmpty }
    }
}

/// The site's own words that are not in a template (navigation, page titles, captions), in each
/// language the site is built in: every word has its French, so none can be left in English.
enum SiteWord: CaseIterable {
    case toolkit, projects, lessons, search
    case toolkitTitle, toolkitDescription
    case demonstratorProject, project, demonstrator
    /// The kind of a page in the search's results.
    case methodKind, projectKind, lessonKind

    /// The word in `language` (French for `fr`, else English).
    func text(in language: String?) -> String {
        language == "fr" ? french : english
    }

    var english: String {
        switch self {
        case .toolkit: "Toolkit"
        case .projects: "Projects"
        case .lessons: "Lessons"
        case .search: "Search"
        case .toolkitTitle: "The Open Policy Making toolkit"
        case .toolkitDescription: "Methods for each phase of policy making."
        case .demonstratorProject: "Demonstrator project, "
        case .project: "Project, "
        case .demonstrator: "demonstrator, "
        case .methodKind: "method"
        case .projectKind: "project"
        case .lessonKind: "lesson"
        }
    }

    var french: String {
        switch self {
        case .toolkit: "Boîte à outils"
        case .projects: "Projets"
        case .lessons: "Enseignements"
        case .search: "Recherche"
        case .toolkitTitle: "La boîte à outils de l'élaboration ouverte des politiques publiques"
        case .toolkitDescription: "Des méthodes pour chaque phase de l'élaboration des politiques publiques."
        case .demonstratorProject: "Projet démonstrateur, "
        case .project: "Projet, "
        case .demonstrator: "démonstrateur, "
        case .methodKind: "méthode"
        case .projectKind: "projet"
        case .lessonKind: "enseignement"
        }
    }
}

import Mustache

/// One page of the site in the layout: its own content, already rendered, and the chrome around it.
/// It answers the template's lookups itself (`MustacheParent`) rather than through reflection,
/// because every page of the site goes through it.
struct SiteLayoutView: MustacheParent {
    struct NavigationItem: MustacheParent {
        var path: String
        var label: String
        var current: Bool

        func child(named name: String) -> Any? {
            switch name {
            case "path": path
            case "label": label
            case "current": current
            default: nil
            }
        }
    }

    /// The same page in another language of the site.
    struct Alternate: MustacheParent {
        var language: String
        /// The language's name in itself ("Français").
        var label: String
        var href: String

        static func name(of language: String) -> String {
            ["en": "English", "fr": "Français", "de": "Deutsch", "es": "Español", "it": "Italiano", "nl": "Nederlands", "pt": "Português"][language]
                ?? language
        }

        func child(named name: String) -> Any? {
            switch name {
            case "language": language
            case "label": label
            case "href": href
            default: nil
            }
        }
    }

    var language: String
    var siteName: String
    var title: String
    var description: String?
    var root: String
    var isHome: Bool
    var navigation: [NavigationItem]
    /// Safe HTML rendered by a page template.
    var content: String
    /// The forge's web editor for the page's record, and its new-issue form; nil without a repository.
    var editURL: String?
    var issueURL: String?
    /// The page's record's updates, listed at the end of the page; nil on other pages.
    var dates: RecordDates?
    /// The page's address, printed at the foot of a printed page: absolute with a base URL,
    /// else the page's path in the site.
    var pageURL = ""
    /// The page in the site's other languages (empty for a site in one language).
    var alternates: [Alternate] = []

    static let sections = [
        ("methods/index.html", SiteWord.toolkit), ("projects/index.html", SiteWord.projects),
        ("lessons/index.html", SiteWord.lessons), ("search.html", SiteWord.search),
    ]

    init(page: SitePage, siteName: String, language: String, repository: Settings.SourceRepository? = nil) {
        self.language = language
        self.siteName = siteName
        title = page.title
        description = page.description
        root = page.root
        isHome = page.path == "index.html"
        navigation = Self.sections.map { path, label in
            NavigationItem(path: path, label: label.text(in: language), current: page.section == path)
        }
        content = page.content
        let links = repository.map(ForgeLinks.init)
        editURL = page.sourcePath.flatMap { path in links?.edit(path) }
        issueURL = links?.newIssue(title: page.title, path: page.sourcePath)
    }

    func child(named name: String) -> Any? {
        switch name {
        case "language": language
        case "siteName": siteName
        case "title": title
        case "description": description
        case "root": root
        case "isHome": isHome
        case "navigation": navigation
        case "content": content
        case "editURL": editURL
        case "issueURL": issueURL
        case "dates": dates
        case "pageURL": pageURL
        case "alternates": alternates
        case "hasAlternates": !alternates.isEmpty
        default: nil
        }
    }
}

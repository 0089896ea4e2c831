/// The views of the pages of single records: a method and a lesson. (A project's page is its
/// summary, rendered by `SummaryView` and the summary template.)
struct MethodView {
    var title: String
    var summary: String
    var retired: Bool
    var replacements: [SiteItem]
    var phases: String
    var timeNeeded: String?
    var participants: String?
    var cost: String?
    var level: String?
    var updated: String?
    /// The day of `updated` as the page shows it: in words in French.
    var updatedText: String?
    /// Safe HTML from cmark-gfm.
    var body: String
    var projects: [SiteItem]
    var lessons: [SiteItem]
    var related: [SiteItem]
    var sources: [SiteItem]
    var hasReplacements = false
    var hasProjects = false
    var hasLessons = false
    var hasRelated = false
    var hasSources = false
    /// When the page was published and changed, from git; nil without history.
    var dates: RecordDates?

    init(_ method: Method, links: SiteLinks, body: String) {
        let kb = links.knowledgeBase
        title = method.title
        summary = method.summary
        retired = method.status == .retired
        replacements = links.successors(of: method.id).filter(SitePaths.publishes).map { SiteItem($0, root: "../") }
        let language = kb.language
        phases = method.phases.map { ToolkitView.name(of: $0, french: language == "fr") }.joined(separator: ", ")
        timeNeeded = method.timeNeeded
        participants = method.participants
        cost = method.cost?.localizedName(in: language)
        level = method.level.isEmpty ? nil : method.level.map { $0.value.localizedName(in: language) }.joined(separator: ", ")
        updated = method.updated.map { "\($0)" }
        updatedText = method.updated.map { SiteItem.day($0, in: language) }
        self.body = body
        projects = links.projects(using: method.id).map { SiteItem($0, root: "../", language: language) }
        lessons = links.lessons(about: method.id).map { SiteItem($0, root: "../", language: language) }
        related = method.related.compactMap { kb.resolveMethod($0.value) }.filter(SitePaths.publishes).map { SiteItem($0, root: "../") }
        sources = method.sources.map { SiteItem(title: $0.title, url: MarkdownDocument.isSafe($0.link) ? $0.link : nil) }
        hasReplacements = !replacements.isEmpty
        hasProjects = !projects.isEmpty
        hasLessons = !lessons.isEmpty
        hasRelated = !related.isEmpty
        hasSources = !sources.isEmpty
    }
}

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
        replacements = (links.successors[method.id] ?? []).filter(SitePaths.publishes).map { SiteItem($0, root: "../") }
        phases = method.phases.map { ToolkitView.name(of: $0) }.joined(separator: ", ")
        timeNeeded = method.timeNeeded
        participants = method.participants
        cost = method.cost?.rawValue
        level = method.level.isEmpty ? nil : method.level.map(\.value.rawValue).joined(separator: ", ")
        updated = method.updated.map { "\($0)" }
        self.body = body
        projects = (links.projectsByMethod[method.id] ?? []).map { SiteItem($0, root: "../") }
        lessons = (links.lessonsByMethod[method.id] ?? []).map { SiteItem($0, root: "../") }
        related = method.related.compactMap { kb.resolveMethod($0.value) }.filter(SitePaths.publishes).map { SiteItem($0, root: "../") }
        sources = method.sources.map { SiteItem(title: $0.title, url: MarkdownDocument.isSafe($0.link) ? $0.link : nil) }
        hasReplacements = !replacements.isEmpty
        hasProjects = !projects.isEmpty
        hasLessons = !lessons.isEmpty
        hasRelated = !related.isEmpty
        hasSources = !sources.isEmpty
    }
}

struct LessonView {
    var title: String
    var summary: String
    var date: String?
    var body: String
    var projects: [SiteItem]
    var methods: [SiteItem]
    var sources: [SiteItem]
    var hasLinks = false
    var hasSources = false
    var dates: RecordDates?

    init(_ lesson: Lesson, kb: KnowledgeBase, body: String) {
        title = lesson.title
        summary = lesson.summary
        date = lesson.date.map { "\($0)" }
        self.body = body
        projects = lesson.projects.compactMap { kb.project($0.value) }.map { SiteItem($0, root: "../") }
        methods = lesson.methods.compactMap { kb.resolveMethod($0.value) }.filter(SitePaths.publishes).map { SiteItem($0, root: "../") }
        hasLinks = !projects.isEmpty || !methods.isEmpty
        sources = lesson.sources.map { SiteItem(title: $0.title, url: MarkdownDocument.isSafe($0.link) ? $0.link : nil) }
        hasSources = !sources.isEmpty
    }
}

/// The links between records that the site shows, computed once for all pages: for each method,
/// the projects that used it, the published lessons about it and the methods that supersede it.
struct SiteLinks {
    let knowledgeBase: KnowledgeBase
    let projectsByMethod: [RecordID: [Project]]
    let lessonsByMethod: [RecordID: [Lesson]]
    let successors: [RecordID: [Method]]

    init(_ kb: KnowledgeBase) {
        knowledgeBase = kb
        func canonical(_ id: RecordID) -> RecordID { kb.resolveMethod(id)?.id ?? id }
        var projects: [RecordID: [Project]] = [:]
        for project in kb.projects {
            for method in Set(project.methods.map { canonical($0.value) }) { projects[method, default: []].append(project) }
        }
        var lessons: [RecordID: [Lesson]] = [:]
        for lesson in kb.lessons where SitePaths.publishes(lesson) {
            for method in Set(lesson.methods.map { canonical($0.value) }) { lessons[method, default: []].append(lesson) }
        }
        var successors: [RecordID: [Method]] = [:]
        for method in kb.methods {
            for old in Set(method.supersedes.map { canonical($0.value) }) { successors[old, default: []].append(method) }
        }
        projectsByMethod = projects
        lessonsByMethod = lessons
        self.successors = successors
    }
}

struct LessonView {
    var title: String
    var summary: String
    var date: String?
    /// The day as the page shows it: in words in French.
    var dateText: String?
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
        dateText = lesson.date.map { SiteItem.day($0, in: kb.language) }
        self.body = body
        projects = lesson.projects.compactMap { kb.project($0.value) }.map { SiteItem($0, root: "../", language: kb.language) }
        methods = lesson.methods.compactMap { kb.resolveMethod($0.value) }.filter(SitePaths.publishes).map { SiteItem($0, root: "../") }
        hasLinks = !projects.isEmpty || !methods.isEmpty
        sources = lesson.sources.map { SiteItem(title: $0.title, url: MarkdownDocument.isSafe($0.link) ? $0.link : nil) }
        hasSources = !sources.isEmpty
    }
}

import Mustache

/// Renders each page of the site from its view and template, and puts it in the layout.
/// Immutable once made (and `Sendable`), so that workers share one.
struct SitePageRenderer: Sendable {
    /// A page to render.
    enum Job {
        case home, toolkit, projects, lessons, search
        case method(Method)
        case project(Project)
        case lesson(Lesson)

        var path: String {
            switch self {
            case .home: "index.html"
            case .toolkit: "methods/index.html"
            case .projects: "projects/index.html"
            case .lessons: "lessons/index.html"
            case .search: "search.html"
            case .method(let method): SitePaths.method(method.id)
            case .project(let project): SitePaths.project(project.id)
            case .lesson(let lesson): SitePaths.lesson(lesson.id)
            }
        }

        /// The record file the page shows; nil for the pages that list others.
        var sourcePath: String? {
            switch self {
            case .home, .toolkit, .projects, .lessons, .search: nil
            case .method(let method): method.source.path
            case .project(let project): project.source.path
            case .lesson(let lesson): lesson.source.path
            }
        }
    }

    let knowledgeBase: KnowledgeBase
    let options: SiteBuilder.Options
    let links: SiteLinks
    let policy: PublicationPolicy
    /// The paths of each project's evidence and claims, which its page reads.
    let recordsOfProject: [RecordID: [String]]
    private let summaryTemplate: MustacheTemplate
    private let templates: [String: MustacheTemplate]
    /// Published lessons, newest first.
    private let lessons: [Lesson]
    /// The dates of record pages from git, by record path (empty without history).
    let dates: [String: RecordDates]

    init(
        source: KnowledgeBaseSource, knowledgeBase kb: KnowledgeBase, options: SiteBuilder.Options,
        dates: [String: RecordDates] = [:]
    ) throws {
        knowledgeBase = kb
        self.dates = dates.mapValues { $0.localized(into: options.language) }
        self.options = options
        links = SiteLinks(kb)
        policy = PublicationPolicy(knowledgeBase: kb, includeUnverified: false)
        var recordsOfProject: [RecordID: [String]] = [:]
        for item in kb.evidence { recordsOfProject[item.project, default: []].append(item.source.path) }
        for claim in kb.claims { recordsOfProject[claim.project, default: []].append(claim.source.path) }
        self.recordsOfProject = recordsOfProject
        let fr = options.language == "fr"
        summaryTemplate = try TemplateSet.load(
            fr ? "summary.fr.md" : "summary.md", builtIn: try BuiltInTemplates.summary(in: options.language),
            from: source, override: nil
        ).main
        var templates: [String: MustacheTemplate] = [:]
        for name in SiteTemplates.pageNames {
            templates[name] = try MustacheTemplate(string: SiteTemplates.page(name, in: options.language))
        }
        self.templates = templates
        // Newest first; undated last; then by id, so that builds are reproducible.
        lessons = kb.lessons.filter(SitePaths.publishes).sorted {
            ($0.date?.daysSinceEpoch ?? .min, $1.id.rawValue) > ($1.date?.daysSinceEpoch ?? .min, $0.id.rawValue)
        }
    }

    /// Every page of the site, in a stable order.
    func jobs() -> [Job] {
        [.home, .toolkit, .projects, .lessons, .search]
            + knowledgeBase.methods.filter(SitePaths.publishes).map(Job.method)
            + knowledgeBase.projects.map(Job.project)
            + lessons.map(Job.lesson)
    }

    func page(_ job: Job) throws -> SitePage {
        let path = job.path
        switch job {
        case .home:
            let view = HomeView(knowledgeBase, status: ProgrammeStatus(knowledgeBase, today: options.date, judgingCommitments: false), lessons: lessons)
            return SitePage(path: path, title: knowledgeBase.settings.name, section: nil, content: render("home", view))
        case .toolkit:
            return SitePage(
                path: path, title: word(.toolkitTitle), description: word(.toolkitDescription),
                section: path, content: render("toolkit", ToolkitView(knowledgeBase)))
        case .projects:
            return SitePage(path: path, title: word(.projects), section: path, content: render("projects", ProjectListView(knowledgeBase)))
        case .lessons:
            let view = LessonListView(lessons: lessons.map { SiteItem($0, root: "../", language: options.language) })
            return SitePage(path: path, title: word(.lessons), section: path, content: render("lessons", view))
        case .search:
            return SitePage(path: path, title: word(.search), section: path, content: render("search", SearchPageView()))
        case .method(let method):
            let body = Self.body(method.source.body)
            var view = MethodView(method, links: links, body: body.html)
            view.dates = dates[method.source.path]
            return SitePage(
                path: path, title: method.title, description: method.summary, section: "methods/index.html",
                content: render("method", view),
                searchEntry: SiteSearchEntry(path: path, kind: word(.methodKind), title: method.title, summary: method.summary, text: body.text),
                sourcePath: method.source.path)
        case .project(let project):
            return projectPage(project, path: path)
        case .lesson(let lesson):
            let body = Self.body(lesson.source.body)
            var view = LessonView(lesson, kb: knowledgeBase, body: body.html)
            view.dates = dates[lesson.source.path]
            return SitePage(
                path: path, title: lesson.title, description: lesson.summary, section: "lessons/index.html",
                content: render("lesson", view),
                searchEntry: SiteSearchEntry(path: path, kind: word(.lessonKind), title: lesson.title, summary: lesson.summary, text: body.text),
                sourcePath: lesson.source.path)
        }
    }

    /// A project's page is its blog post: the same verified claims, public evidence and public
    /// names as the project's published post, with links into the site.
    private func projectPage(_ project: Project, path: String) -> SitePage {
        let view = SummaryView(
            project: project, policy: policy, byline: knowledgeBase.settings.name, date: options.date,
            links: SiteLinker(siteURL: ".."), language: options.language)
        let article = Self.body(Publisher.droppingFrontMatter(Publisher.tidy(summaryTemplate.render(view: view))))
        let caption = word(project.demonstrator ? .demonstratorProject : .project) + project.status.localizedName(in: options.language)
        let content = render(
            "project",
            ProjectPageView(
                caption: caption, title: project.title, dates: dates[project.source.path],
                article: article.html))
        return SitePage(
            path: path, title: project.title, description: project.summary, section: "projects/index.html", content: content,
            searchEntry: SiteSearchEntry(
                path: path, kind: word(.projectKind), title: project.title, summary: project.summary,
                text: article.text),
            sourcePath: project.source.path)
    }

    /// The page in the site's layout.
    func layout(_ page: SitePage) -> String {
        var view = SiteLayoutView(
            page: page, siteName: knowledgeBase.settings.name, language: options.language,
            repository: knowledgeBase.settings.repository)
        view.dates = page.sourcePath.flatMap { dates[$0] }
        view.pageURL = (options.baseURL.flatMap { try? SiteBuilder.normalisedBaseURL($0) }).map { "\($0)/\(page.path)" } ?? page.path
        view.alternates = alternates(of: page)
        return render("layout", view)
    }

    /// The same page in the site's other languages: the source language's site at the root,
    /// each translation language's under `<language>/`.
    private func alternates(of page: SitePage) -> [SiteLayoutView.Alternate] {
        let settings = knowledgeBase.settings
        guard !settings.translationLanguages.isEmpty else { return [] }
        // From a translation's tree, the root of the whole site is one folder up.
        let top = options.language == settings.sourceLanguage ? page.root : page.root + "../"
        return settings.languages.filter { $0 != options.language }.map { language in
            let folder = language == settings.sourceLanguage ? "" : language + "/"
            return SiteLayoutView.Alternate(language: language, label: SiteLayoutView.Alternate.name(of: language), href: top + folder + page.path)
        }
    }

    private func word(_ word: SiteWord) -> String { word.text(in: options.language) }

    private func render(_ name: String, _ view: Any) -> String {
        templates[name]?.render(view: view) ?? ""
    }

    /// Markdown (a record body, a project's post) as safe HTML (headings below the page's `h1`) and as plain text for search.
    static func body(_ markdown: String) -> (html: String, text: String) {
        let document = MarkdownDocument(markdown)
        document.demoteHeadings(toAtLeast: 2)
        return (document.html(), document.plainText())
    }
}

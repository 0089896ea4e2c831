import Foundation

/// Renders publications: Markdown from a template, and HTML from that Markdown through cmark-gfm,
/// so that both formats carry exactly the same, already filtered and escaped, content.
public struct Publisher {
    /// The formats of a publication: Markdown, or HTML rendered from that Markdown.
    public enum Format: String, Sendable, CaseIterable {
        case markdown, html
    }

    /// Choices for rendering a publication.
    public struct Options: Sendable {
        /// The format rendered; Markdown by default.
        public var format: Format = .markdown
        /// The path of a template file, read from disk, that replaces the main template.
        public var template: String?
        /// Whether claims not yet verified are published too; only verified claims by default.
        public var includeUnverified = false
        /// The author named in the front matter; the lab's name by default (`PostWording.labName`).
        public var byline: String?
        /// The publication's date, in its front matter and for judging milestones; today by default.
        public var date: Day = .today()
        /// Where the site lives, for links to methods; without it, links point into the repository.
        public var siteURL: String?
        /// HTML only: the article without the surrounding page.
        public var fragment = false
        /// The publication's language: `fr` for the French templates and wording, English otherwise.
        public var language = "en"

        /// The default options: Markdown, today's date, English, verified claims only.
        public init() {}
    }

    let source: KnowledgeBaseSource
    let knowledgeBase: KnowledgeBase
    let options: Options

    /// A publisher of `knowledgeBase`, reading template overrides from `source`.
    public init(source: KnowledgeBaseSource, knowledgeBase: KnowledgeBase, options: Options) {
        self.source = source
        self.knowledgeBase = knowledgeBase
        self.options = options
    }

    /// The blog post about a project.
    public func summary(of projectID: RecordID) throws -> String {
        guard let project = knowledgeBase.project(projectID) else {
            throw PublishError.notFound(
                "no project '\(projectID)'" + Suggestion.hint(for: projectID.rawValue, among: knowledgeBase.projects.map(\.id.rawValue)))
        }
        let policy = PublicationPolicy(knowledgeBase: knowledgeBase, includeUnverified: options.includeUnverified)
        let view = SummaryView(
            project: project, policy: policy, byline: options.byline ?? PostWording.labName(knowledgeBase.settings),
            date: options.date, links: SiteLinker(siteURL: options.siteURL), language: options.language)
        let templates = try templates("summary.md", builtIn: BuiltInTemplates.summary(in: options.language))
        return render(view, title: project.title, with: templates)
    }

    /// How many of the project's impact claims a summary leaves out because they are not verified
    /// (0 with `includeUnverified`), so that the command can say how to include them.
    public func unverifiedClaimsLeftOut(of projectID: RecordID) -> Int {
        guard !options.includeUnverified, let project = knowledgeBase.project(projectID) else { return 0 }
        let all = PublicationPolicy(knowledgeBase: knowledgeBase, includeUnverified: true).claims(of: project).count
        return all - PublicationPolicy(knowledgeBase: knowledgeBase, includeUnverified: false).claims(of: project).count
    }

    /// The round-up of a period, from the knowledge base at its end and the git history in it.
    public func digest(of activity: PeriodActivity) throws -> String {
        let policy = PublicationPolicy(knowledgeBase: knowledgeBase, includeUnverified: false)
        let view = DigestView(
            activity: activity, policy: policy, byline: options.byline ?? PostWording.labName(knowledgeBase.settings),
            links: SiteLinker(siteURL: options.siteURL), language: options.language)
        let templates = try templates("digest.md", builtIn: BuiltInTemplates.digest(in: options.language))
        return render(view, title: view.title, with: templates)
    }

    /// The templates of `name` in the post's language: `name.fr` and `page.fr.html` for French.
    private func templates(_ name: String, builtIn: String) throws -> TemplateSet {
        guard options.language == "fr" else { return try TemplateSet.load(name, builtIn: builtIn, from: source, override: options.template) }
        let french = name.replacingOccurrences(of: ".md", with: ".fr.md")
        return try TemplateSet.load(
            french, builtIn: builtIn, from: source, override: options.template, page: "page.fr.html", pageBuiltIn: BuiltInTemplates.page(in: "fr"))
    }

    /// The post or digest. Control characters from records (which `check` refuses) are dropped
    /// anyway, so a record that slipped past it cannot garble what is published.
    func render(_ view: Any, title: String, with templates: TemplateSet) -> String {
        let markdown = ControlCharacters.removed(from: Self.tidy(templates.main.render(view: view)))
        guard options.format == .html else { return markdown }
        let article = MarkdownDocument(Self.droppingFrontMatter(markdown)).html()
        if options.fragment { return article }
        return templates.page.render(view: PageView(language: options.language, title: title, content: article))
    }

    /// Section tags leave runs of blank lines: keep one, and end with a single newline.
    static func tidy(_ text: String) -> String {
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let blank = Self.isBlank(line)
            if blank && (lines.last.map(Self.isBlank) ?? true) { continue }
            lines.append(blank ? "" : line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Spaces and tabs only (bytes: this runs on every line of every page of a site).
    private static func isBlank(_ line: Substring) -> Bool {
        line.utf8.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
    }

    static func droppingFrontMatter(_ markdown: String) -> String {
        guard markdown.hasPrefix("---\n"),
            let end = markdown.range(of: "\n---\n", range: markdown.index(markdown.startIndex, offsetBy: 3)..<markdown.endIndex)
        else {
            return markdown
        }
        return String(markdown[end.upperBound...])
    }
}

import Mustache

/// The Atom feed of the site (published lessons and projects, newest first, for blogs and feed
/// readers) and its sitemap. Without a base URL the feed links relatively, which readers resolve
/// against the feed's own address, and ids are `urn:policylab:` names; a sitemap needs absolute
/// addresses, so it is only written with one.
struct SiteFeed {
    struct Entry {
        var title: String
        var id: String
        var url: String
        var updated: String
        var category: String
        var summary: String
        var day: Day
    }

    /// Feed readers want the recent entries, not the whole archive.
    static let limit = 50

    let siteName: String
    /// The language of a translation's feed (`fr/feed.xml`), nil for the source language's.
    let language: String?
    let base: String?
    let entries: [Entry]
    let updated: String

    /// - Parameter dates: the records' dates from git, by record path: an entry is `updated` when
    ///   its record last changed; without them, on the day the record gives (or `today`).
    init(knowledgeBase kb: KnowledgeBase, baseURL: String?, today: Day, dates: [String: RecordDates] = [:]) {
        siteName = kb.settings.name
        language = kb.language
        // Without a base URL, a translation's ids are names of their own: the same record in two
        // languages is two entries.
        let urn = "urn:policylab:" + (kb.language.map { $0 + ":" } ?? "")
        base = baseURL.map { $0 + "/" }
        func entry(_ path: String, source: String, title: String, category: String, summary: String, day: Day) -> Entry {
            let id = baseURL.map { "\($0)/\(path)" } ?? urn + path.replacingOccurrences(of: ".html", with: "")
            let updated = dates[source]?.latest.timestamp ?? Self.timestamp(day)
            return Entry(title: title, id: id, url: path, updated: updated, category: category, summary: summary, day: day)
        }
        // Ordered by day and address first, and only the newest made into entries: a large
        // knowledge base has thousands of candidates for the fifty shown.
        enum Candidate { case lesson(Int), project(Int) }
        var candidates: [(day: Day, url: String, record: Candidate)] = []
        for (index, lesson) in kb.lessons.enumerated() where SitePaths.publishes(lesson) {
            candidates.append((lesson.date ?? today, SitePaths.lesson(lesson.id), .lesson(index)))
        }
        for (index, project) in kb.projects.enumerated() {
            candidates.append((project.ended ?? project.started ?? today, SitePaths.project(project.id), .project(index)))
        }
        candidates.sort { ($0.day, $1.url) > ($1.day, $0.url) }
        entries = candidates.prefix(Self.limit).map { candidate in
            switch candidate.record {
            case .lesson(let index):
                let lesson = kb.lessons[index]
                return entry(candidate.url, source: lesson.source.path, title: lesson.title, category: "lesson", summary: lesson.summary, day: candidate.day)
            case .project(let index):
                let project = kb.projects[index]
                return entry(
                    candidate.url, source: project.source.path, title: project.title, category: "project", summary: project.summary, day: candidate.day)
            }
        }
        // Timestamps of one format (UTC, `Z`) order as text.
        updated = entries.map(\.updated).max() ?? Self.timestamp(today)
    }

    static func timestamp(_ day: Day) -> String { "\(day)T00:00:00Z" }

    func xml() throws -> String {
        let view = FeedView(
            siteName: siteName, base: base, id: base.map { $0 + "feed.xml" } ?? "urn:policylab:" + (language.map { $0 + ":" } ?? "") + "feed",
            updated: updated, selfURL: base.map { $0 + "feed.xml" }, homeURL: "index.html", entries: entries)
        let template = try SiteTemplates.feed(in: language)
        // Control characters (a record's YAML can spell one, `"\x1b"`) are not allowed in XML:
        // dropped here, so that the feed is well-formed whoever writes it (FuzzRender).
        return ControlCharacters.removed(from: try MustacheTemplate(string: template).render(view: view))
    }

    /// The sitemap of the pages at `pages` (path, and the last change of its record when known).
    static func sitemap(pages: [(path: String, lastModified: String?)], baseURL: String) throws -> String {
        let urls = pages.map { SitemapView.URL(loc: "\(baseURL)/\($0.path)", lastmod: $0.lastModified) }
        return try MustacheTemplate(string: SiteTemplates.sitemap).render(view: SitemapView(urls: urls))
    }
}

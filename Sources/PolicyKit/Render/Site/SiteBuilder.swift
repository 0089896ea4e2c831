import Dispatch
import Foundation
import Mustache
import Platform

/// Builds the static web site of a knowledge base: the steps are list the pages, render each
/// (in parallel, writing it at once so that memory does not grow with the number of pages), then
/// write the search index, the feed and the sitemap, and finally swap the new site into place.
///
/// Everything on the site goes through `PublicationPolicy` and is escaped by the templates, so
/// restricted evidence, contacts and the names of stakeholders who are not public never reach it.
public struct SiteBuilder {
    /// Choices for building the site.
    public struct Options: Sendable {
        /// The address the site will be published at, for the feed and the sitemap; pages link
        /// relatively whatever it is.
        public var baseURL: String?
        /// "Today" for the programme status on the home page.
        public var date: Day = .today()
        /// The site's language: `fr` for French pages, English otherwise.
        public var language = "en"
        /// Also writes the search index whole, as one script (`assets/search-index.js`), in the
        /// format of the site before its index was sharded: the baseline of the search benchmark
        /// and of the test that compares the rankings. The search page does not use it.
        public var writesUnshardedSearchIndex = false

        /// The default options: no base address, today's date, English.
        public init() {}
    }

    /// What a build made.
    public struct Report: Sendable {
        /// How many pages were written.
        public var pages: Int
        /// How many entries the search index holds.
        public var searchEntries: Int
        /// How many entries the feed holds.
        public var feedEntries: Int
        /// Whether a sitemap was written (only when the site has a base address).
        public var wroteSitemap: Bool
    }

    /// The kinds whose bodies the site shows: load the knowledge base keeping only these.
    public static let bodiesShown: Set<RecordKind> = [.method, .project, .lesson]

    let source: KnowledgeBaseSource
    let knowledgeBase: KnowledgeBase
    let options: Options

    /// A builder of `knowledgeBase`'s site, reading templates and publication history from `source`.
    public init(source: KnowledgeBaseSource, knowledgeBase: KnowledgeBase, options: Options) {
        self.source = source
        self.knowledgeBase = knowledgeBase
        self.options = options
    }

    /// Builds the site into `output` (replacing a site policylab built there before).
    /// - Parameter progress: called now and then with the pages written so far and the total.
    public func build(into output: String, progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }) throws -> Report {
        let baseURL = try options.baseURL.map(Self.normalisedBaseURL)
        let kb = knowledgeBase
        let recordPaths =
            kb.methods.filter(SitePaths.publishes).map(\.source.path) + kb.projects.map(\.source.path)
            + kb.lessons.filter(SitePaths.publishes).map(\.source.path)
        let dates = try SiteHistory.dates(source: source, paths: recordPaths, redact: PublicationPolicy.noteRedactor(for: kb))
        let renderer = try SitePageRenderer(source: source, knowledgeBase: knowledgeBase, options: options, dates: dates)
        let folder = try SiteFolder(destination: output)
        do {
            let jobs = renderer.jobs()
            var report = try buildTree(
                jobs, with: renderer, knowledgeBase: knowledgeBase, into: folder, prefix: "", baseURL: baseURL,
                dates: dates, progress: progress)
            var pages = jobs.map { (path: $0.path, lastModified: $0.sourcePath.flatMap { dates[$0] }?.latest.timestamp) }
            // A bilingual knowledge base: the same site in each translation language, under `<language>/`.
            for language in knowledgeBase.settings.translationLanguages {
                var translated = options
                translated.language = language
                let localized = knowledgeBase.localized(into: language)
                let languageRenderer = try SitePageRenderer(source: source, knowledgeBase: localized, options: translated, dates: dates)
                let languageJobs = languageRenderer.jobs()
                let languageReport = try buildTree(
                    languageJobs, with: languageRenderer, knowledgeBase: localized, into: folder,
                    prefix: language + "/", baseURL: baseURL.map { $0 + "/" + language }, dates: dates,
                    progress: { _, _ in })
                report.pages += languageReport.pages
                report.searchEntries += languageReport.searchEntries
                report.feedEntries += languageReport.feedEntries
                pages += languageJobs.map { (path: language + "/" + $0.path, lastModified: $0.sourcePath.flatMap { dates[$0] }?.latest.timestamp) }
            }
            if let baseURL {
                let searchPages = Set(["search.html"] + knowledgeBase.settings.translationLanguages.map { $0 + "/search.html" })
                try folder.write(try SiteFeed.sitemap(pages: pages.filter { !searchPages.contains($0.path) }, baseURL: baseURL), to: "sitemap.xml")
            }
            report.wroteSitemap = baseURL != nil
            try folder.commit()
            return report
        } catch {
            folder.discard()
            throw error
        }
    }

    /// The pages of one language, with their assets, search index and feed, under `prefix`.
    private func buildTree(
        _ jobs: [SitePageRenderer.Job], with renderer: SitePageRenderer, knowledgeBase: KnowledgeBase, into folder: SiteFolder,
        prefix: String, baseURL: String?, dates: [String: RecordDates],
        progress: @escaping @Sendable (Int, Int) -> Void
    ) throws -> Report {
        let index = try render(jobs, with: renderer, into: folder, prefix: prefix, progress: progress)
        try folder.write(SiteAssets.stylesheet, to: prefix + "assets/site.css")
        try folder.write(SiteAssets.searchScript, to: prefix + "assets/search.js")
        _ = try SiteSearchShards(index: index).write(into: folder, prefix: prefix)
        if options.writesUnshardedSearchIndex { try folder.write(try index.script(), to: prefix + "assets/search-index.js") }
        let feed = SiteFeed(knowledgeBase: knowledgeBase, baseURL: baseURL, today: options.date, dates: dates)
        try folder.write(try feed.xml(), to: prefix + "feed.xml")
        return Report(pages: jobs.count, searchEntries: index.docs.count, feedEntries: feed.entries.count, wroteSitemap: false)
    }

    /// Renders and writes every page, in chunks that the cores share, and returns their search index.
    private func render(
        _ jobs: [SitePageRenderer.Job], with renderer: SitePageRenderer, into folder: SiteFolder, prefix: String,
        progress: @escaping @Sendable (Int, Int) -> Void
    ) throws -> SiteSearchIndex {
        // Small chunks, taken by whichever core is free: pages differ in cost (a project's page is
        // its summary), so equal halves would leave one core idle at the end.
        let chunks = max(1, jobs.count / 64)
        let counter = ProgressCounter(total: jobs.count, report: progress)
        let shares = try ParallelRuns.map(jobs.count, runs: chunks) { range throws(any Error) in
            var index = SiteSearchIndex()
            for job in jobs[range] {
                let page = try renderer.page(job)
                try folder.write(renderer.layout(page), to: prefix + page.path)
                if let entry = page.searchEntry { index.add(entry) }
                counter.advance()
            }
            return index
        }
        var index = SiteSearchIndex()
        for share in shares { index.append(share) }
        return index
    }

    /// An absolute http(s) address, without its trailing slash.
    static func normalisedBaseURL(_ text: String) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let url = URL(string: trimmed), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            url.host?.isEmpty == false
        else {
            throw SiteError.badBaseURL(text)
        }
        return trimmed.hasSuffix("/") ? String(trimmed.dropLast()) : trimmed
    }
}

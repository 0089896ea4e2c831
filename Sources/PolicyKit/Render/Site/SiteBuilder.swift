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
    public struct Options: Sendable {
        /// The address the site will be published at, for the feed and the sitemap; pages link
        /// relatively whatever it is.
        public var baseURL: String?
        /// "Today" for the programme status on the home page.
        public var date: Day = .today()
        public var language = "en"

        public init() {}
    }

    /// What a build made.
    public struct Report: Sendable {
        public var pages: Int
        public var searchEntries: Int
        public var feedEntries: Int
        public var wroteSitemap: Bool
    }

    /// The kinds whose bodies the site shows: load the knowledge base keeping only these.
    public static let bodiesShown: Set<RecordKind> = [.method, .project, .lesson]

    let source: KnowledgeBaseSource
    let knowledgeBase: KnowledgeBase
    let options: Options

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
        let recordPaths = kb.methods.filter(SitePaths.publishes).map(\.source.path) + kb.projects.map(\.source.path)
            + kb.lessons.filter(SitePaths.publishes).map(\.source.path)
        let dates = try SiteHistory.dates(source: source, paths: recordPaths, redact: PublicationPolicy.noteRedactor(for: kb))
        let renderer = try SitePageRenderer(source: source, knowledgeBase: knowledgeBase, options: options, dates: dates)
        let folder = try SiteFolder(destination: output)
        do {
            let jobs = renderer.jobs()
            let index = try render(jobs, with: renderer, into: folder, progress: progress)
            try folder.write(SiteAssets.stylesheet, to: "assets/site.css")
            try folder.write(SiteAssets.searchScript, to: "assets/search.js")
            try folder.write(try index.script(), to: "assets/search-index.js")
            let feed = SiteFeed(knowledgeBase: knowledgeBase, baseURL: baseURL, today: options.date, dates: dates)
            try folder.write(try feed.xml(), to: "feed.xml")
            if let baseURL {
                let pages = jobs.filter { $0.path != "search.html" }.map { ($0.path, $0.sourcePath.flatMap { dates[$0] }?.latest.timestamp) }
                try folder.write(try SiteFeed.sitemap(pages: pages, baseURL: baseURL), to: "sitemap.xml")
            }
            try folder.commit()
            return Report(pages: jobs.count, searchEntries: index.docs.count, feedEntries: feed.entries.count, wroteSitemap: baseURL != nil)
        } catch {
            folder.discard()
            throw error
        }
    }

    /// Renders and writes every page, in chunks that the cores share, and returns their search index.
    private func render(_ jobs: [SitePageRenderer.Job], with renderer: SitePageRenderer, into folder: SiteFolder,
                        progress: @escaping @Sendable (Int, Int) -> Void) throws -> SiteSearchIndex {
        // Small chunks, taken by whichever core is free: pages differ in cost (a project's page is
        // its summary), so equal halves would leave one core idle at the end.
        let chunks = max(1, jobs.count / 64)
        let counter = ProgressCounter(total: jobs.count, report: progress)
        let shares = try ParallelRuns.map(jobs.count, runs: chunks) { range throws(any Error) in
            var index = SiteSearchIndex()
            for job in jobs[range] {
                let page = try renderer.page(job)
                try folder.write(renderer.layout(page), to: page.path)
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
              url.host?.isEmpty == false else {
            throw SiteError.badBaseURL(text)
        }
        return trimmed.hasSuffix("/") ? String(trimmed.dropLast()) : trimmed
    }
}

/// Counts pages written by concurrent workers and reports now and then.
final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let step: Int
    private let report: @Sendable (Int, Int) -> Void

    init(total: Int, report: @escaping @Sendable (Int, Int) -> Void) {
        self.total = total
        self.report = report
        step = max(1, total / 100)
    }

    func advance() {
        let count = lock.withLock { done += 1; return done }
        if count % step == 0 || count == total { report(count, total) }
    }
}

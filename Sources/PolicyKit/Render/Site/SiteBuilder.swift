import Dispatch
import Foundation
import GitKit
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
        /// Keeps the pages of the previous build whose inputs are unchanged (false: renders every
        /// page, and still leaves a manifest for the next build).
        public var incremental = true

        /// The default options: no base address, today's date, English.
        public init() {}
    }

    /// What a build made.
    public struct Report: Sendable {
        /// How many pages the site has.
        public var pages: Int
        /// How many of them were kept from the previous build, unchanged, rather than rendered.
        public var pagesKept: Int
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
    let fileDigests: [String: String]?

    /// A builder of `knowledgeBase`'s site, reading templates and publication history from `source`.
    /// - Parameter fileDigests: the digests of the files `knowledgeBase` was loaded from
    ///   (`KnowledgeBaseLoader.Outcome.fileDigests`); without them, an incremental build reads
    ///   every record file again to key its pages.
    public init(source: KnowledgeBaseSource, knowledgeBase: KnowledgeBase, options: Options, fileDigests: [String: String]? = nil) {
        self.source = source
        self.knowledgeBase = knowledgeBase
        self.options = options
        self.fileDigests = fileDigests
    }

    /// Builds the site into `output` (replacing a site policylab built there before).
    ///
    /// A build that finds the manifest of an earlier one in `output` (`SiteManifest`) keeps
    /// each record page whose inputs are unchanged (`SitePageKeys`) and renders the others; the
    /// pages that list others, the search index, the feed and the sitemap are made every time. The
    /// result is the site a full build makes, swapped into place whole all the same.
    /// - Parameter progress: called now and then with the pages written so far and the total.
    public func build(into output: String, progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }) throws -> Report {
        let baseURL = try options.baseURL.map(Self.normalisedBaseURL)
        let kb = knowledgeBase
        let recordPaths =
            kb.methods.filter(SitePaths.publishes).map(\.source.path) + kb.projects.map(\.source.path)
            + kb.lessons.filter(SitePaths.publishes).map(\.source.path)
        let folder = try SiteFolder(destination: output)
        do {
            // Incremental builds need a repository: the secret of the keys is kept in it.
            let history = try SiteHistory.start(of: source)
            let files = history == nil ? [:] : try fileDigests ?? SitePageKeys.fileDigests(of: source)
            func keys(for options: Options) -> SitePageKeys? {
                guard let history else { return nil }
                return SitePageKeys(gitDirectory: history.gitDirectory, settings: kb.settings, options: options, files: files, source: source)
            }
            let sourceKeys = keys(for: options)
            // A full build ignores the last one, and leaves its own manifest for the next.
            let previous = options.incremental ? sourceKeys.flatMap { SiteManifest.read(from: folder.destination, keys: $0) } : nil
            if previous != nil, let sourceKeys, let (table, written) = SiteFiles.read(from: folder.destination, keys: sourceKeys) {
                folder.trust(table, written: written)
            }
            var manifest = SiteManifest()
            let dates = try self.dates(of: recordPaths, history: history, keys: sourceKeys, previous: previous, into: &manifest)
            // The renderer is made while the last build's search postings are read: neither needs the other.
            let (knowledgeBaseSource, treeOptions, writesUnsharded) = (source, options, options.writesUnshardedSearchIndex)
            let (renderer, previousSearch) = try ParallelRuns.both(
                { () throws(any Error) in
                    try SitePageRenderer(source: knowledgeBaseSource, knowledgeBase: kb, options: treeOptions, dates: dates)
                },
                { () throws(any Error) in
                    Self.previousSearch(prefix: "", in: folder, keys: sourceKeys, previous: previous, writesUnsharded: writesUnsharded)
                })
            let jobs = renderer.jobs()
            var report = try buildTree(
                jobs, with: renderer, knowledgeBase: knowledgeBase, into: folder, prefix: "", baseURL: baseURL,
                dates: dates, keys: sourceKeys, previous: previous, previousSearch: previousSearch, manifest: &manifest, progress: progress)
            // The sitemap's pages (only with a base URL: a sitemap needs absolute addresses).
            func sitemapPages(_ jobs: [SitePageRenderer.Job], under prefix: String) -> [(path: String, lastModified: String?)] {
                guard baseURL != nil else { return [] }
                return jobs.map { (path: prefix + $0.path, lastModified: $0.sourcePath.flatMap { dates[$0] }?.latest.timestamp) }
            }
            var pages = sitemapPages(jobs, under: "")
            // A bilingual knowledge base: the same site in each translation language, under `<language>/`.
            for language in knowledgeBase.settings.translationLanguages {
                var translated = options
                translated.language = language
                let localized = knowledgeBase.localized(into: language)
                let languageRenderer = try SitePageRenderer(source: source, knowledgeBase: localized, options: translated, dates: dates)
                let languageJobs = languageRenderer.jobs()
                let languageKeys = keys(for: translated)
                let languageReport = try buildTree(
                    languageJobs, with: languageRenderer, knowledgeBase: localized, into: folder,
                    prefix: language + "/", baseURL: baseURL.map { $0 + "/" + language }, dates: dates,
                    keys: languageKeys, previous: previous,
                    previousSearch: Self.previousSearch(
                        prefix: language + "/", in: folder, keys: languageKeys, previous: previous, writesUnsharded: writesUnsharded),
                    manifest: &manifest, progress: { _, _ in })
                report.pages += languageReport.pages
                report.pagesKept += languageReport.pagesKept
                report.searchEntries += languageReport.searchEntries
                report.feedEntries += languageReport.feedEntries
                pages += sitemapPages(languageJobs, under: language + "/")
            }
            if let baseURL {
                let searchPages = Set(["search.html"] + knowledgeBase.settings.translationLanguages.map { $0 + "/search.html" })
                try folder.write(try SiteFeed.sitemap(pages: pages.filter { !searchPages.contains($0.path) }, baseURL: baseURL), to: "sitemap.xml")
            }
            report.wroteSitemap = baseURL != nil
            if let sourceKeys {
                // The table lists every file but itself and the manifest, which their seals vouch for.
                let table = folder.table().sealed(keys: sourceKeys)
                _ = try table.withUnsafeBytes { try folder.write(bytes: $0, to: SiteFiles.fileName) }
                _ = try manifest.encoded(keys: sourceKeys).withUnsafeBytes { try folder.write(bytes: $0, to: SiteManifest.fileName) }
            }
            try folder.commit()
            return report
        } catch {
            folder.discard()
            throw error
        }
    }

    /// The dates of the record pages at `paths`: those the previous build read (with the same
    /// names to remove from notes) are taken from its manifest, unless a commit since changed the
    /// path; the others are read from git. All are kept in `manifest` for the next build.
    private func dates(
        of paths: [String], history: (gitDirectory: String, tip: ObjectID)?, keys: SitePageKeys?, previous: SiteManifest?,
        into manifest: inout SiteManifest
    ) throws -> [String: RecordDates] {
        let (redact, redactedWords) = PublicationPolicy.noteRedactor(for: knowledgeBase)
        guard let (gitDirectory, tip) = history, let keys else { return try SiteHistory.dates(source: source, paths: paths, redact: redact) }
        let key = keys.digest(redactedWords)
        var known: [String: [RecordDates.Update]] = [:]
        if let previous, previous.datesKey == key, let old = previous.datesTip.flatMap(ObjectID.init(hex:)) {
            if old == tip {
                known = previous.dates
            } else if let changed = try SiteHistory.pathsChanged(after: old, upTo: tip, gitDirectory: gitDirectory) {
                known = previous.dates.filter { !changed.contains($0.key) }
            }
        }
        manifest.datesTip = tip.description
        let missing = paths.filter { known[$0] == nil }
        let found = try SiteHistory.dates(source: source, paths: missing, redact: redact)
        for path in missing { known[path] = found[path]?.updates ?? [] }
        manifest.datesKey = key
        var dates: [String: RecordDates] = [:]
        for path in paths {
            let updates = known[path] ?? []
            manifest.dates[path] = updates
            if let recordDates = RecordDates(updates: updates) { dates[path] = recordDates }
        }
        return dates
    }

    /// The pages of one language, with their assets, search index and feed, under `prefix`.
    private func buildTree(
        _ jobs: [SitePageRenderer.Job], with renderer: SitePageRenderer, knowledgeBase: KnowledgeBase, into folder: SiteFolder,
        prefix: String, baseURL: String?, dates: [String: RecordDates], keys: SitePageKeys?, previous: SiteManifest?,
        previousSearch: SiteSearchPostings?, manifest: inout SiteManifest, progress: @escaping @Sendable (Int, Int) -> Void
    ) throws -> Report {
        let (index, pages, kept) = try render(
            jobs, with: renderer, into: folder, prefix: prefix, keys: keys, previous: previous.map { ($0, previousSearch) },
            progress: progress)
        manifest.pages.merge(pages) { _, new in new }
        try folder.write(SiteAssets.stylesheet, to: prefix + "assets/site.css")
        try folder.write(SiteAssets.searchScript, to: prefix + "assets/search.js")
        var shards = SiteSearchShards(index: index)
        shards.previous = previousSearch
        let written = try shards.write(into: folder, prefix: prefix)
        if let keys {
            let postings = SiteSearchPostings(
                folder: written.folder, paths: index.paths, lengths: index.lengths, payloadDigests: written.payloadDigests, terms: index.terms)
            let bytes = postings.encoded(termsInOrder: written.sortedTerms)
            _ = try bytes.withUnsafeBytes { try folder.write(bytes: $0, to: prefix + SiteSearchPostings.fileName) }
            manifest.searchSeals[prefix] = keys.seal(bytes)
        }
        if options.writesUnshardedSearchIndex { try folder.write(try index.script(), to: prefix + "assets/search-index.js") }
        let feed = SiteFeed(knowledgeBase: knowledgeBase, baseURL: baseURL, today: options.date, dates: dates)
        try folder.write(try feed.xml(), to: prefix + "feed.xml")
        return Report(pages: jobs.count, pagesKept: kept, searchEntries: index.docs.count, feedEntries: feed.entries.count, wroteSitemap: false)
    }

    /// The search postings the last build left for the tree under `prefix`, when its manifest's
    /// seal vouches for them. None for a build that writes the whole index, which needs the text
    /// of every page, which only rendering gives.
    private static func previousSearch(
        prefix: String, in folder: SiteFolder, keys: SitePageKeys?, previous: SiteManifest?, writesUnsharded: Bool
    ) -> SiteSearchPostings? {
        guard !writesUnsharded, let keys, let seal = previous?.searchSeals[prefix] else { return nil }
        return SiteSearchPostings.read(from: folder.destination, prefix: prefix, seal: seal, keys: keys)
    }

    /// Renders and writes every page (or keeps the previous build's file of a record page whose
    /// key is unchanged, with its search terms and page file from that build's postings), in
    /// chunks that the cores share, and returns their search index, the manifest's entries of the
    /// record pages and how many pages were kept.
    private func render(
        _ jobs: [SitePageRenderer.Job], with renderer: SitePageRenderer, into folder: SiteFolder, prefix: String,
        keys: SitePageKeys?, previous: (manifest: SiteManifest, search: SiteSearchPostings?)?,
        progress: @escaping @Sendable (Int, Int) -> Void
    ) throws -> (SiteSearchIndex, [String: SiteManifest.Page], Int) {
        let previousSearch = previous?.search
        let previousPages = previousSearch?.pageNumbers() ?? [:]
        /// The previous build's page for `job`, with its search page's number and data (nil for a
        /// page the search does not list), if it can be kept.
        @Sendable func keepable(_ job: SitePageRenderer.Job, key: String?) -> (SiteManifest.Page, (Int32, String?)?)? {
            // The manifest has the page's path in the site; the index, as in its language's tree.
            guard let key, let old = previous?.manifest.pages[prefix + job.path], old.key == key, let previousSearch else { return nil }
            // Postings sealed with the manifest list exactly the pages that build indexed.
            guard let number = previousPages[job.path] else { return (old, nil) }
            // Its search page file, as the previous build wrote it: read only when the table of the
            // site's files cannot vouch for it (or when the page is numbered anew, as it is written).
            if folder.isUnchangedPrevious(prefix + previousSearch.pageFile(number)) { return (old, (number, nil)) }
            guard let payload = previousSearch.payload(ofPage: number, in: folder.destination, prefix: prefix) else { return nil }
            return (old, (number, payload))
        }
        // Small chunks, taken by whichever core is free: pages differ in cost (a project's page is
        // its summary), so equal halves would leave one core idle at the end.
        let listed = keys == nil ? SitePageRenderer.ListedRecords() : renderer.listedRecords()
        let chunks = max(1, jobs.count / 64)
        let counter = ProgressCounter(total: jobs.count, report: progress)
        let shares = try ParallelRuns.map(jobs.count, runs: chunks) { range throws(any Error) in
            var index = SiteSearchIndex()
            var pages: [String: SiteManifest.Page] = [:]
            var kept = 0
            for job in jobs[range] {
                let path = prefix + job.path
                let key = keys.flatMap { keys in renderer.inputs(of: job, listed: listed).map { keys.key(path: path, inputs: $0) } }
                if let (old, search) = keepable(job, key: key), let previousSearch, try folder.keep(path, sha256: old.sha256) {
                    if let (number, payload) = search {
                        index.addKept(path: job.path, previousPage: number, previous: previousSearch, payload: payload)
                    }
                    pages[path] = old
                    kept += 1
                } else {
                    let page = try renderer.page(job)
                    let digest = try folder.write(renderer.layout(page), to: path)
                    if let entry = page.searchEntry { index.add(entry) }
                    if let key { pages[path] = SiteManifest.Page(key: key, sha256: digest) }
                }
                counter.advance()
            }
            return (index, pages, kept)
        }
        var index = SiteSearchIndex()
        var pages: [String: SiteManifest.Page] = [:]
        var kept = 0
        for (share, sharePages, shareKept) in shares {
            index.append(share)
            pages.merge(sharePages) { _, new in new }
            kept += shareKept
        }
        if let previousSearch { index.mergePostings(of: previousSearch) }
        return (index, pages, kept)
    }

    /// Where the site keeps the parsed records of `source` between builds (`RecordCache`): in its
    /// repository, as the manifest's secret is; nil without one.
    public static func recordCache(of source: KnowledgeBaseSource) -> String? {
        (try? SiteHistory.start(of: source)).flatMap { $0 }.map { $0.gitDirectory + "/policylab/site-records" }
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

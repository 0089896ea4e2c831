import ArgumentParser
import Foundation
import PolicyKit

struct SiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Build the static web site: the toolkit by phase, a page per method, project and lesson, search, an Atom feed.",
        discussion: """
            Pages link relatively, so the site works opened straight from disk (file://) and under any \
            path on any static host; search runs in the browser from a prebuilt index, also from disk. \
            Project pages show only verified impact claims and public evidence; contacts and the names of \
            stakeholders who are not public never appear, and all record text is escaped. Draft methods \
            and lessons are left out.

            --out is replaced as a whole on each build, and only if policylab made it: a folder of your \
            own is never overwritten. --base-url is the address the site will live at; the feed uses it, \
            and the sitemap (which needs absolute addresses) is only written with it.

            A build into a site built before is incremental: each page whose inputs did not change (its \
            record, the records it shows or lists, its dates, the templates, settings, options and \
            policylab itself) is kept, checked against the digest the last build recorded in \
            <out>/.policylab-manifest, with its search terms from <out>/.policylab-search, and the others \
            are rendered; the result is the site a full build makes. --full renders every page. Incremental builds need the knowledge \
            base to be a git repository, which keeps the manifest's secret (.git/policylab/site-key). \
            The site a build replaces is kept beside --out as .<name>.spare (._site.spare), which the \
            next build updates and swaps in; delete it at any time.

            With translation languages (languages in policylab.yaml), the same site is built in each of \
            them under <language>/ (fr/index.html...), in the translated texts, with the site's own words \
            in French, a search index and a feed per language, and on every page hreflang alternates and \
            a language switch to the same record.

            Examples:
              policylab site
              policylab site --out public --base-url https://lab.example.gov/toolkit
              policylab site --rev v2.0 --out archive/v2.0
              policylab site --full
            """)

    @Option(help: ArgumentHelp("The folder to write the site to (replaced as a whole).", valueName: "DIR")) var out = "_site"
    @Option(help: ArgumentHelp("The address the site will be published at, for the feed and sitemap.", valueName: "URL")) var baseURL: String?
    @Option(help: ArgumentHelp("The day the programme status on the home page is given for (YYYY-MM-DD; default today).", valueName: "DAY"))
    var date: Day?
    @Flag(help: "Render every page, keeping nothing of the last build.") var full = false
    @Flag(help: .private) var alsoUnshardedSearchIndex = false
    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    func run() throws {
        let stderr = Terminal.standardError
        let showsProgress = stderr.isTerminal
        if showsProgress { stderr.handle.write(Data("reading \(knowledgeBase.location)…".utf8)) }
        let loaded = Result {
            // --full keeps nothing of the last build: not its parsed records either.
            try knowledgeBase.loadWithSource(
                keepingBodiesOf: SiteBuilder.bodiesShown, digestingFiles: true, recordCache: { full ? nil : SiteBuilder.recordCache(of: $0) })
        }
        if showsProgress { stderr.handle.write(Data("\r\u{1B}[K".utf8)) }
        let (source, outcome) = try loaded.get()
        let unreadable = Set(outcome.findings.filter { $0.severity == .error }.map(\.path)).count
        guard unreadable == 0 else {
            throw CommandFailure(
                status: CommandFailure.findings,
                "\(unreadable) file\(unreadable == 1 ? "" : "s") could not be read correctly, so the site would miss records; run 'policylab check'. Nothing was written."
            )
        }
        var options = SiteBuilder.Options()
        options.baseURL = baseURL
        options.writesUnshardedSearchIndex = alsoUnshardedSearchIndex
        options.incremental = !full
        if let date { options.date = date }
        let report = try mappingFailures {
            try SiteBuilder(source: source, knowledgeBase: outcome.knowledgeBase, options: options, fileDigests: outcome.fileDigests).build(
                into: out
            ) { done, total in
                if showsProgress { stderr.handle.write(Data("\rbuilding site: \(done) of \(total) pages".utf8)) }
            }
        }
        if showsProgress { stderr.handle.write(Data("\r\u{1B}[K".utf8)) }
        Terminal.standardOutput.write(
            "wrote \(out): \(report.pages) pages, \(report.searchEntries) in the search index, \(report.feedEntries) feed entries")
        if report.pagesKept > 0 {
            stderr.write("policylab: note: \(report.pagesKept) of \(report.pages) pages unchanged since the last build, kept (--full renders them all)")
        }
        if !report.wroteSitemap {
            stderr.write("policylab: note: no sitemap.xml without --base-url (a sitemap needs absolute addresses)")
        }
        // The process ends next: its records are left for the system to take back with the rest
        // of its memory (freeing them one by one took 10 ms of a 0.4 s build at 10,000 records).
        _ = Unmanaged.passRetained(LeftUntilExit(outcome))
    }

    /// What the command leaves unfreed at its end (`run`).
    private final class LeftUntilExit {
        let value: Any
        init(_ value: Any) { self.value = value }
    }
}

import Foundation
import PolicylabTestSupport
import GitKit
import Testing

@testable import PolicyKit

/// Record pages dated from git: "Published" is the commit that first published the record, "Last
/// updated" the last commit that changed what its page shows (not layout, not private fields),
/// the list of updates uses each commit's `Policylab-Note:` or subject with no address in it, and
/// the feed and sitemap use the same dates, up to the revision the site is built from.
@Suite("Site dates from git")
struct SiteDatesTests {
    /// Commits every file under `root` as Ada, on `day` at noon in UTC+02:00.
    @discardableResult
    static func commit(_ root: String, _ message: String, on day: String) throws -> ObjectID {
        let date = try #require(ISO8601DateFormatter().date(from: day + "T10:00:00Z"))
        let author = Signature(name: "Ada Lab", email: "ada@lab.example", date: date, timeZoneOffsetMinutes: 120)
        return try FixtureRepository.commitFolder(root, message: message, author: author, updatingIndex: false)
    }

    static func edit(_ root: String, _ path: String, _ change: (String) -> String) throws {
        let text = try String(contentsOfFile: root + "/" + path, encoding: .utf8)
        try Support.write([path: change(text)], under: root)
    }

    /// The fixture in five commits: the knowledge base, a whitespace-only edit of co-design, a
    /// change to a private contact of harbour, a summary edit with a note, a title edit whose
    /// subject names an address and a private stakeholder.
    static func history(in root: String) throws -> [ObjectID] {
        try Support.copyFixture("publish-kb", to: root)
        var commits = [try commit(root, "Add the knowledge base\n", on: "2024-01-01")]
        try edit(root, "toolkit/methods/co-design.md") { $0.replacingOccurrences(of: "\n\n", with: "\n\n\n") + "\n   \n" }
        commits.append(try commit(root, "Reflow co-design\n", on: "2024-02-02"))
        try edit(root, "projects/harbour/project.md") { $0.replacingOccurrences(of: "organiser@union.example", with: "new@union.example") }
        commits.append(try commit(root, "New contact for the union\n", on: "2024-03-03"))
        try edit(root, "toolkit/methods/co-design.md") { $0.replacingOccurrences(of: "summary: Designing", with: "summary: Shaping") }
        commits.append(try commit(root, "Summary\n\nLonger text.\n\nPolicylab-Note: The summary now says what co-design shapes.\n", on: "2024-04-04"))
        try edit(root, "toolkit/methods/co-design.md") { $0.replacingOccurrences(of: "title: Co-design", with: "title: Co-design workshops") }
        commits.append(try commit(root, "Retitle co-design as asked by Porters' WhatsApp group <x@porters.example>\n", on: "2024-05-05"))
        return commits
    }

    func build(_ source: KnowledgeBaseSource, into out: String) throws {
        var options = SiteBuilder.Options()
        options.date = Day("2024-06-01")!
        options.baseURL = "https://lab.example.gov/toolkit"
        let outcome = try KnowledgeBaseLoader.load(from: source)
        _ = try SiteBuilder(source: source, knowledgeBase: outcome.knowledgeBase, options: options).build(into: out)
    }

    @Test func pagesFeedAndSitemapAreDatedFromGit() throws {
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            _ = try Self.history(in: root)
            try build(.directory(root), into: dir + "/site")
            let method = try SiteTests.read(dir + "/site/methods/co-design.html")
            #expect(
                method.contains(
                    "<h1>Co-design workshops</h1>\n<p class=\"page-dates\">Published <time datetime=\"2024-01-01\">1 January 2024</time>, "
                        + "last updated <time datetime=\"2024-05-05\">5 May 2024</time>. <a href=\"#updates\">See all updates</a></p>\n"))
            #expect(
                method.contains(
                    """
                    <ol>
                    <li><time datetime="2024-05-05">5 May 2024</time>: Retitle co-design as asked by (name withheld) (address removed)</li>
                    <li><time datetime="2024-04-04">4 April 2024</time>: The summary now says what co-design shapes.</li>
                    <li><time datetime="2024-01-01">1 January 2024</time>: Add the knowledge base</li>
                    </ol>
                    """), "the whitespace-only commit of 2 February is not an update")
            #expect(!method.contains("@") && !method.contains("Porters"))
            let project = try SiteTests.read(dir + "/site/projects/harbour.html")
            #expect(
                project.contains("<p class=\"page-dates\">Published <time datetime=\"2024-01-01\">1 January 2024</time>. <a href=\"#updates\">"),
                "a new private contact is no update")
            let feed = try SiteTests.read(dir + "/site/feed.xml")
            #expect(feed.contains("<updated>2024-01-01T10:00:00Z</updated>"))
            #expect(!feed.contains("2024-06-01"), "no entry is dated the day of the build")
            let sitemap = try SiteTests.read(dir + "/site/sitemap.xml")
            #expect(
                sitemap.contains(
                    "<url><loc>https://lab.example.gov/toolkit/methods/co-design.html</loc><lastmod>2024-05-05T10:00:00Z</lastmod></url>"))
            #expect(sitemap.contains("<url><loc>https://lab.example.gov/toolkit/index.html</loc></url>"))
            try SiteTests().expectGolden(method, "site-method-dated.html")
            // The same again: dates are read from commits, so builds are reproducible.
            try build(.directory(root), into: dir + "/again")
            #expect(try SiteTests.files(of: dir + "/again") == SiteTests.files(of: dir + "/site"))
        }
    }

    @Test func aRevisionBuildUsesTheHistoryUpToThatRevision() throws {
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            let commits = try Self.history(in: root)
            try build(.revision(gitDirectory: root + "/.git", commit: commits[2]), into: dir + "/site")
            let method = try SiteTests.read(dir + "/site/methods/co-design.html")
            #expect(method.contains("<p class=\"page-dates\">Published <time datetime=\"2024-01-01\">1 January 2024</time>. <a href=\"#updates\">"))
            #expect(method.contains("<ol>\n<li><time datetime=\"2024-01-01\">1 January 2024</time>: Add the knowledge base</li>\n</ol>"))
        }
    }

    @Test func aDraftIsPublishedWhenItStopsBeingOne() throws {
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try Support.copyFixture("publish-kb", to: root)
            try Self.edit(root, "toolkit/methods/co-design.md") { $0.replacingOccurrences(of: "status: published", with: "status: draft") }
            try Self.commit(root, "Draft co-design\n", on: "2024-01-01")
            try Self.edit(root, "toolkit/methods/co-design.md") {
                $0.replacingOccurrences(of: "title: Co-design", with: "title: Co-design (draft 2)")
            }
            try Self.commit(root, "Second draft\n", on: "2024-02-01")
            try Self.edit(root, "toolkit/methods/co-design.md") { $0.replacingOccurrences(of: "status: draft", with: "status: published") }
            try Self.commit(root, "Publish co-design\n", on: "2024-03-01")
            try build(.directory(root), into: dir + "/site")
            let method = try SiteTests.read(dir + "/site/methods/co-design.html")
            #expect(method.contains("<ol>\n<li><time datetime=\"2024-03-01\">1 March 2024</time>: Publish co-design</li>\n</ol>"))
        }
    }

    /// The digests of what each past version shows are cached by blob: a second build reads
    /// them from `.git/policylab/published-digests` and dates every page the same; a damaged
    /// or foreign file is ignored and written anew, never trusted.
    @Test func publishedDigestsAreCachedAndADamagedCacheIsRebuilt() throws {
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            _ = try Self.history(in: root)
            let file = PublishedDigests.path(gitDirectory: root + "/.git")
            try build(.directory(root), into: dir + "/first")
            let saved = try #require(FileManager.default.contents(atPath: file))
            let cache = try PublishedDigests(encoded: Array(saved))
            // Every version of the four published records' files: co-design's four, harbour's two
            // (a new private contact is a new blob showing the same), street-interviews and the lesson.
            #expect(cache.all.count == 8)
            #expect(Set(cache.all.values).count == 6, "the reflow and the contact change show what their previous versions showed")
            #expect(cache.encoded() == Array(saved), "the same cache is the same file")

            try build(.directory(root), into: dir + "/second")
            let page = "/methods/co-design.html"
            #expect(try SiteTests.read(dir + "/second" + page) == SiteTests.read(dir + "/first" + page))
            #expect(FileManager.default.contents(atPath: file) == saved, "the second build learns nothing new")

            var damaged = Array(saved)
            damaged[damaged.count / 2] ^= 0xFF
            try Data(damaged).write(to: URL(fileURLWithPath: file))
            #expect(throws: (any Error).self) { try PublishedDigests(encoded: damaged) }
            try build(.directory(root), into: dir + "/third")
            #expect(try SiteTests.read(dir + "/third" + page) == SiteTests.read(dir + "/first" + page))
            #expect(FileManager.default.contents(atPath: file) == saved, "the damaged file is replaced by a good one")

            for bad in [Array("PLPD".utf8), Array(saved.prefix(saved.count - 1)), Array("PLPX".utf8) + Array(saved.dropFirst(4))] {
                #expect(throws: (any Error).self) { try PublishedDigests(encoded: bad) }
            }
        }
    }

    @Test func aFolderThatIsNotItsOwnRepositoryHasNoDates() throws {
        try Support.withTemporaryDirectory { dir in
            try Support.copyFixture("publish-kb", to: dir + "/outer/kb")
            try Self.commit(dir + "/outer", "The outer repository\n", on: "2024-01-01")
            try build(.directory(dir + "/outer/kb"), into: dir + "/site")
            #expect(!(try SiteTests.read(dir + "/site/methods/co-design.html")).contains("page-dates"))
        }
    }
}

/// The home page's charts: inline SVG without script, each with a title, a description and the
/// same data as a table.
@Suite("Site charts")
struct SiteChartTests {
    @Test func chartsHaveTextAlternativesAndNoScript() throws {
        try Support.withTemporaryDirectory { dir in
            var options = SiteBuilder.Options()
            options.date = Day("2023-11-01")!
            let source = KnowledgeBaseSource.directory(try Support.fixture("publish-kb"))
            _ = try SiteBuilder(source: source, knowledgeBase: try KnowledgeBaseLoader.load(from: source).knowledgeBase, options: options)
                .build(into: dir + "/site")
            let home = try SiteTests.read(dir + "/site/index.html")
            #expect(!home.contains("<script"))
            let charts = home.matches(
                of: /<svg class="chart-svg" viewBox="0 0 360 [0-9.]+" role="img" aria-labelledby="([a-z-]+)-title ([a-z-]+)-desc">/)
            #expect(charts.map { String($0.1) } == ["chart-timeline", "chart-demonstrators", "chart-claims"])
            for chart in charts {
                let id = String(chart.1)
                #expect(home.contains("<title id=\"\(id)-title\">") && home.contains("<desc id=\"\(id)-desc\">"), "\(id)")
            }
            #expect(home.components(separatedBy: "<details class=\"chart-data\">").count == 4, "a table per chart")
            #expect(home.contains("<desc id=\"chart-demonstrators-desc\">1 delivered and 1 commissioned, against a target of 2.</desc>"))
            #expect(home.contains("<tr><td>verified</td><td>1</td></tr>"))
            #expect(home.contains("<th scope=\"col\">Milestone</th>"))
        }
    }
}

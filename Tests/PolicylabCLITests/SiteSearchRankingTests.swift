import Foundation
import Testing

/// The sharded search ranks as the whole index did: for each query, the pages and their scores in
/// the sharded search (`assets/search.js` over `assets/search/`) are those of the search before
/// sharding (its ranking copied unchanged in `Fixtures/search-reference/unsharded-rank.js`, over
/// the whole index that `--also-unsharded-search-index` writes), in headless chromium from `file://`.
@Suite("Sharded site search ranks as the whole index did", .serialized)
struct SiteSearchRankingTests {
    /// One query's comparison, as the harness page reports it.
    struct Comparison: Decodable {
        var query: String
        var reference: Int
        var sharded: Int
        /// The first of the top 50 where the two differ: `rank: reference page/score, sharded page/score`.
        var difference: String?
    }

    /// Builds the site of `kb` with the whole index too, runs `queries` in the tree under `tree`
    /// (`""` or `fr/`) and returns the comparisons and how many term shards the tree has.
    static func compare(kb: String, tree: String, queries: [String], in dir: String) throws -> (comparisons: [Comparison], shards: Int) {
        let site = dir + "/site"
        if !FileManager.default.fileExists(atPath: site) {
            let build = try CLI.policylab(["site", "--out", site, "-C", kb, "--date", "2024-01-01", "--also-unsharded-search-index"], in: CLI.packageRoot)
            try #require(build.status == 0, "\(build)")
        }
        let reference = CLI.fixture("search-reference") + "/unsharded-rank.js"
        try CLI.write(try String(contentsOfFile: reference, encoding: .utf8), to: site + "/" + tree + "unsharded-rank.js")
        let list = String(decoding: try JSONEncoder().encode(queries), as: UTF8.self)
        try CLI.write(
            """
            <!DOCTYPE html><html lang="en"><title>ranking</title>
            <form id="search-form"><input id="search-query"></form><div id="search-results"></div><pre id="report">waiting</pre>
            <script src="assets/search-index.js"></script><script src="unsharded-rank.js"></script><script src="assets/search.js"></script>
            <script>
            function same(a, b) { return a && b && a[0] === b[0] && a[1] === b[1]; }
            function text(entry) { return entry ? POLICYLAB_SEARCH.docs[entry[0]][0] + "/" + entry[1] : "none"; }
            Promise.all(\(list).map(function (query) {
              return window.policylabSearch.rank(query).then(function (sharded) {
                var reference = window.referenceRank(query), difference = null;
                for (var i = 0; i < 50 && difference === null && (i < reference.length || i < sharded.length); i++) {
                  if (!same(reference[i], sharded[i])) { difference = i + ": " + text(reference[i]) + ", " + text(sharded[i]); }
                }
                return { query: query, reference: reference.length, sharded: sharded.length, difference: difference };
              });
            })).then(function (all) { document.getElementById("report").textContent = JSON.stringify(all); },
              function (error) { document.getElementById("report").textContent = "failed: " + error; });
            </script></html>
            """, to: site + "/" + tree + "ranking.html")
        let page = try Browser.load(file: site + "/" + tree + "ranking.html")
        #expect(page.consoleMessages == [], "\(page.consoleMessages)")
        let report = try #require(page.dom.firstMatch(of: #/<pre id="report">([^<]*)</pre>/#).map { String($0.1) })
        let json = report.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
        let comparisons = try #require(try? JSONDecoder().decode([Comparison].self, from: Data(json.utf8)), "\(report.prefix(500))")
        let manifest = try String(contentsOfFile: site + "/" + tree + "assets/search/index.js", encoding: .utf8)
        let keys = try #require(manifest.firstMatch(of: #/"keys":\[([^\]]*)\]/#)?.1)
        return (comparisons, keys.split(separator: ",").count)
    }

    static func expectSame(_ comparisons: [Comparison], queries: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(comparisons.map(\.query) == queries, sourceLocation: sourceLocation)
        for comparison in comparisons {
            #expect(comparison.difference == nil, "\(comparison.query): \(comparison.difference ?? "")", sourceLocation: sourceLocation)
            #expect(comparison.reference == comparison.sharded, "\(comparison.query)", sourceLocation: sourceLocation)
        }
    }

    @Test func onTheShippedKnowledgeBaseInBothLanguages() throws {
        try CLI.withTemporaryDirectory { dir in
            let english = [
                "citizens assembly", "design", "DÉSIGN", "pol", "participatory budgeting", "of", "co", "user research interviews",
                "lab", "open", "evidence", "zzqxjv",
            ]
            let (results, shards) = try Self.compare(kb: CLI.packageRoot, tree: "", queries: english, in: dir)
            Self.expectSame(results, queries: english)
            #expect(shards > 3, "several shards, so that lookups and prefixes cross them")
            #expect(results.filter { $0.reference > 0 }.count == english.count - 1, "every query but the absent word finds pages")
            let french = ["elaboration", "participation citoyenne", "l'élaboration", "ÉVALUATION", "con", "atelier", "budget participatif"]
            let (frenchResults, _) = try Self.compare(kb: CLI.packageRoot, tree: "fr/", queries: french, in: dir)
            Self.expectSame(frenchResults, queries: french)
            #expect(frenchResults.allSatisfy { $0.reference > 0 }, "\(frenchResults.map(\.reference))")
        }
    }

    /// A generated knowledge base of 400 methods whose words share prefixes, so that a short query
    /// word expands to more than the 50 terms the ranking keeps, across several shards.
    @Test func onAGeneratedKnowledgeBase() throws {
        try CLI.withTemporaryDirectory { dir in
            let kb = dir + "/kb"
            try CLI.copyFixture("publish-kb", to: kb)
            let syllables = ["con", "sul", "ta", "tion", "par", "ti", "ci", "pa", "bud", "get", "de", "sign", "pol", "i", "cy", "ser", "vice", "re"]
            var state: UInt64 = 20
            func next(_ bound: Int) -> Int {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return Int((state >> 33) % UInt64(bound))
            }
            func word() -> String { (0..<(1 + next(4))).map { _ in syllables[next(syllables.count)] }.joined() }
            func words(_ count: Int) -> String { (0..<count).map { _ in word() }.joined(separator: " ") }
            for number in 0..<400 {
                try CLI.write(
                    """
                    ---
                    id: generated-\(number)
                    title: "\(words(3))"
                    summary: "\(words(12))"
                    phases: [discover]
                    status: published
                    ---
                    ## When to use it
                    \(words(60))

                    ## How to start
                    \(words(60))

                    """, to: kb + "/toolkit/methods/generated-\(number).md")
            }
            let queries = ["con", "consul", "par", "pol", "ci", "i", "tion", "budget design", "conta partici", "servicere", "re", "sign sul ta", "zzqxjv"]
            let (results, shards) = try Self.compare(kb: kb, tree: "", queries: queries, in: dir)
            Self.expectSame(results, queries: queries)
            #expect(shards > 8, "\(shards)")
            #expect(results.first?.reference ?? 0 > 300, "'con' finds most pages: \(results.first?.reference ?? 0)")
        }
    }
}

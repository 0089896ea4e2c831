import Foundation
import Testing

@Suite("Site command end to end")
struct SiteCommandTests {
    @Test func buildsTheShippedKnowledgeBase() throws {
        try CLI.withTemporaryDirectory { dir in
            let run = try CLI.policylab(["site", "--out", dir + "/site", "--base-url", "https://lab.example.gov/toolkit"], in: CLI.packageRoot)
            #expect(run.status == 0, "\(run)")
            #expect(run.stdout == "wrote \(dir)/site: 130 pages, 120 in the search index, 44 feed entries\n")
            #expect(run.stderr == "", "no progress when standard error is not a terminal")
            let sitemap = try String(contentsOfFile: dir + "/site/sitemap.xml", encoding: .utf8)
            // Dated from this repository's history: the last commit that changed the method's page.
            #expect(
                sitemap.contains(
                    /<url><loc>https:\/\/lab\.example\.gov\/toolkit\/methods\/citizens-assembly\.html<\/loc><lastmod>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ<\/lastmod><\/url>/
                ))
            #expect(sitemap.contains("<url><loc>https://lab.example.gov/toolkit/index.html</loc></url>"))
        }
    }

    @Test func explainsWhatItWillNotDo() throws {
        try CLI.withTemporaryDirectory { dir in
            try CLI.write("my notes", to: dir + "/mine/notes.txt")
            let refused = try CLI.policylab(["site", "--out", dir + "/mine"], in: CLI.packageRoot)
            #expect(refused.status == 1)
            #expect(
                refused.stderr
                    == "policylab: error: \(dir)/mine exists and was not made by 'policylab site' (it has no .policylab-site marker); nothing was written: choose another --out or empty it\n"
            )
            #expect(try String(contentsOfFile: dir + "/mine/notes.txt", encoding: .utf8) == "my notes")
            let badURL = try CLI.policylab(["site", "--out", dir + "/site", "--base-url", "lab.example.gov"], in: CLI.packageRoot)
            #expect(badURL.status == 2)
            #expect(
                badURL.stderr
                    == "policylab: error: --base-url 'lab.example.gov' is not an absolute http(s) address such as https://lab.example.gov/toolkit\n")
            let noSitemap = try CLI.policylab(["site", "--out", dir + "/site"], in: CLI.packageRoot)
            #expect(noSitemap.status == 0)
            #expect(noSitemap.stderr == "policylab: note: no sitemap.xml without --base-url (a sitemap needs absolute addresses)\n")
            try CLI.copyFixture("broken-kb", to: dir + "/broken")
            let broken = try CLI.policylab(["site", "--out", dir + "/broken-site"], in: dir + "/broken")
            #expect(broken.status == 1)
            #expect(
                broken.stderr.hasSuffix("could not be read correctly, so the site would miss records; run 'policylab check'. Nothing was written.\n"),
                "\(broken)")
            #expect(!FileManager.default.fileExists(atPath: dir + "/broken-site"))
        }
    }
}

/// The site in a real browser: Debian's chromium, headless, opening the pages straight from disk
/// (`file://`), as a department would open a copy of the site. Needs chromium (`make setup`).
@Suite("Site in a browser", .serialized, .temporarySite("policylab-browser", ["-C", CLI.fixture("publish-kb"), "--date", "2023-11-01"]))
struct SiteBrowserTests {
    static var site: String { TemporarySite.path }

    @Test func searchFindsTheMethodFromDisk() throws {
        let page = try Browser.load("search.html?q=street+interviews")
        #expect(page.consoleMessages == [], "\(page.consoleMessages)")
        let results = try #require(page.dom.range(of: "<div id=\"search-results\" aria-live=\"polite\">").map { page.dom[$0.upperBound...] })
        #expect(results.contains("<h2>2 results for “street interviews”</h2>"), "\(results.prefix(600))")
        #expect(results.contains("<a href=\"methods/street-interviews.html\">Street interviews</a>"), "\(results.prefix(600))")
        // Accents and case are folded as on the command line: "DÉSIGN" finds "design".
        let folded = try Browser.load("search.html?q=D%C3%89SIGN")
        #expect(folded.dom.contains("<a href=\"methods/co-design.html\">Co-design</a>"))
        #expect(folded.dom.contains("<mark>Designing</mark>"), "the matching word is marked in the snippet")
    }

    /// The project matches "street interviews" only in its body (the methods it used): its result
    /// shows the body around the match, marked, instead of its summary; the method, which has the
    /// words in its title, shows its summary.
    @Test func aMatchInTheBodyShowsItsSnippet() throws {
        let page = try Browser.load("search.html?q=street+interviews")
        let results = try #require(page.dom.range(of: "<div id=\"search-results\" aria-live=\"polite\">").map { page.dom[$0.upperBound...] })
        let project = try #require(results.firstMatch(of: #/<li><a href="projects/harbour.html">[^<]*</a> <span class="tag">project</span>(<p[^>]*>.*?</p>)</li>/#)?.1)
        #expect(project.hasPrefix("<p class=\"snippet\">"), "\(project)")
        #expect(project.contains("<mark>Street</mark> <mark>interviews</mark>: Short conversations"), "\(project)")
        #expect(!project.contains("redesigned the early ferry timetable"), "not the project's summary: \(project)")
        #expect(results.contains("<span class=\"tag\">method</span><p>Short conversations with people"), "\(results.prefix(800))")
    }

    /// The search page loads the manifest, the lengths, the shards of the query's words and the
    /// data of the results shown, as scripts (from `file://`), and nothing else of the index.
    @Test func loadsOnlyTheShardsTheQueryNeeds() throws {
        let page = try Browser.load("search.html?q=ferry")
        let scripts = page.dom.matches(of: #/<script src="([^"]+)"/#).map {
            String($0.1).replacing(#/^.*?assets\//#, with: "").replacing(#/search\/[0-9a-f]{16}\//#, with: "search/F/")
                .replacing(#/d\/[0-9]+\.js/#, with: "d/N.js")
        }
        // The loaded ones are added to the head, before the page's own search.js in the body.
        #expect(scripts == ["search/index.js", "search/F/lengths.js", "search/F/t/0.js", "search/F/d/N.js", "search.js"], "\(scripts)")
        #expect(page.dom.contains("<h2>1 result for “ferry”</h2>"), "\(page.dom.suffix(600))")
    }

    @Test func followsLinksFromAMethodToAProject() throws {
        let method = try Browser.load("methods/street-interviews.html")
        let link = try #require(method.dom.firstMatch(of: #/<h2>Projects that used it</h2>\s*<ul class="records">\s*<li><a href="([^"]+)">/#)?.1)
        #expect(link == "../projects/harbour.html")
        let project = try Browser.load("methods/" + link)
        #expect(project.dom.contains("<h1>Harbour ferries for shift workers</h1>"))
        #expect(project.dom.contains("<title>Harbour ferries for shift workers – Harbour Lab</title>"))
    }

    /// Every page of the site, in frames of one page, so that one browser run reports any console error.
    @Test func noPageHasConsoleErrors() throws {
        var pages: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: Self.site)
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".html") { pages.append(path) }
        }
        #expect(pages.count == 9)
        let frames = (pages.sorted() + ["search.html?q=ferry"]).map { "<iframe src=\"site/\($0)\"></iframe>" }.joined()
        let harness = (Self.site as NSString).deletingLastPathComponent + "/all-pages.html"
        try CLI.write("<!DOCTYPE html><html lang=\"en\"><title>all</title>\(frames)</html>", to: harness)
        let all = try Browser.load(file: harness)
        #expect(all.consoleMessages == [])
    }

    /// Proves the check above can fail: a page with a script error is reported.
    @Test func theConsoleCheckSeesErrors() throws {
        let broken = (Self.site as NSString).deletingLastPathComponent + "/broken.html"
        try CLI.write("<!DOCTYPE html><html lang=\"en\"><title>x</title><script>noSuchFunction();</script></html>", to: broken)
        let page = try Browser.load(file: broken)
        #expect(page.consoleMessages.count == 1)
        #expect(page.consoleMessages.first?.contains("Uncaught ReferenceError: noSuchFunction is not defined") == true)
    }
}

/// Headless chromium: the DOM after scripts ran, and what the page wrote to the console.
enum Browser {
    struct Page {
        var dom: String
        var consoleMessages: [String]
    }

    static func load(_ pathAndQuery: String) throws -> Page {
        try load(url: "file://" + SiteBrowserTests.site + "/" + pathAndQuery)
    }

    static func load(file: String) throws -> Page { try load(url: "file://" + file) }

    static func load(url: String) throws -> Page {
        let chromium = try #require(
            ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
                .first { FileManager.default.isExecutableFile(atPath: $0) }, "chromium is not installed: run `make setup` (apt-get install chromium)")
        let profile = NSTemporaryDirectory() + "policylab-chromium-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: profile) }
        let run = try CLI.run(
            chromium,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + profile,
                "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000", "--dump-dom", url,
            ])
        #expect(run.status == 0, "\(run)")
        let console = run.stderr.split(separator: "\n").filter { $0.contains(":CONSOLE") }.map(String.init)
        return Page(dom: run.stdout, consoleMessages: console)
    }
}

/// The French tree of a bilingual site in a real browser, from `file://`: French search folds
/// accents and elision ("elaboration" finds "l'élaboration"), and the language switch lands on the
/// same record.
@Suite("Bilingual site in a browser", .serialized)
struct BilingualSiteBrowserTests {
    static func site() throws -> String {
        let dir = NSTemporaryDirectory() + "policylab-bilingual-\(UUID().uuidString)"
        let kb = dir + "/kb"
        try CLI.copyFixture("publish-kb", to: kb)
        try CLI.write(try String(contentsOfFile: kb + "/policylab.yaml", encoding: .utf8) + "languages: [en, fr]\n", to: kb + "/policylab.yaml")
        let json = try CLI.policylab(["translations", "--lang", "fr", "--format", "json", "-C", kb], in: CLI.packageRoot)
        let report = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let records = report?["records"] as? [[String: Any]] ?? []
        let digest = try #require(records.first { $0["record"] as? String == "method:street-interviews" }?["source_digest"] as? String, "\(json)")
        try CLI.write(
            """
            ---
            translation_of: \(digest)
            title: "Entretiens de rue"
            summary: "De courtes conversations dans la rue, pour nourrir l'élaboration d'une politique avec la parole des passants."
            ---
            ## Quand l'utiliser
            Au début de l'élaboration.

            """, to: kb + "/toolkit/methods/street-interviews.fr.md")
        let build = try CLI.policylab(["site", "--out", dir + "/site", "-C", kb, "--date", "2023-11-01"], in: CLI.packageRoot)
        try #require(build.status == 0, "\(build)")
        return dir + "/site"
    }

    @Test func frenchSearchFindsElaborationAndTheSwitchLandsOnTheSameRecord() throws {
        let site = try Self.site()
        defer { try? FileManager.default.removeItem(atPath: (site as NSString).deletingLastPathComponent) }
        let search = try Browser.load(url: "file://" + site + "/fr/search.html?q=elaboration")
        #expect(search.consoleMessages == [], "\(search.consoleMessages)")
        #expect(search.dom.contains("<html lang=\"fr\">"))
        #expect(search.dom.contains(" résultats pour «&nbsp;elaboration&nbsp;»</h2>"), "French words: \(search.dom.suffix(1500))")
        #expect(search.dom.contains("<a href=\"methods/street-interviews.html\">Entretiens de rue</a>"), "\(search.dom.suffix(1500))")
        #expect(search.dom.contains("<span class=\"tag\">méthode</span>"), "the kind in French: \(search.dom.suffix(1500))")
        let english = try Browser.load(url: "file://" + site + "/methods/street-interviews.html")
        let link = try #require(english.dom.firstMatch(of: #/<p class="language-switch"><a href="([^"]+)" hreflang="fr"/#)?.1)
        let french = try Browser.load(url: "file://" + site + "/methods/" + link)
        #expect(french.dom.contains("<h1>Entretiens de rue</h1>"))
        let back = try #require(french.dom.firstMatch(of: #/<p class="language-switch"><a href="([^"]+)" hreflang="en"/#)?.1)
        #expect(back == "../../methods/street-interviews.html")
    }
}

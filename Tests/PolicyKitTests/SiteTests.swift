import Foundation
import PolicylabTestSupport
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@testable import PolicyKit

/// The static site: golden pages reviewed in diffs, accessibility basics and links on every page,
/// nothing private or hostile on it, and a build that never loses a folder it did not make.
/// Set POLICYLAB_UPDATE_GOLDEN=1 to rewrite the golden files after an intended change.
@Suite("Site")
struct SiteTests {
    static let date = Day("2023-11-01")!

    @discardableResult
    func build(_ root: String, into out: String, baseURL: String? = nil, source: KnowledgeBaseSource? = nil) throws -> SiteBuilder.Report {
        var options = SiteBuilder.Options()
        options.date = Self.date
        options.baseURL = baseURL
        let source = source ?? .directory(root)
        let outcome = try KnowledgeBaseLoader.load(from: source)
        return try SiteBuilder(source: source, knowledgeBase: outcome.knowledgeBase, options: options).build(into: out)
    }

    static func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    /// The folder of the search shards of the site at `site` (`assets/search/<digest>`), from its manifest.
    static func searchFolder(of site: String) throws -> String {
        let manifest = try read(site + "/assets/search/index.js")
        let folder = try #require(manifest.firstMatch(of: /"folder":"([0-9a-f]{16})"/)?.1)
        return site + "/assets/search/" + folder
    }

    /// Every file of a built site, by path relative to its root.
    /// Every file of the site by path, as text (the search postings, binary, decoded as UTF-8 with
    /// replacement characters, so that the checks for leaks still read their terms and paths).
    static func files(of site: String) throws -> [String: String] {
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: site)
        while let path = enumerator?.nextObject() as? String {
            // The table of the site's files holds inodes and times, which differ from build to build.
            if (path as NSString).lastPathComponent == SiteFiles.fileName { continue }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: site + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = String(decoding: try Data(contentsOf: URL(fileURLWithPath: site + "/" + path)), as: UTF8.self)
            }
        }
        return files
    }

    func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let difference = try Golden.difference(text, name)
        #expect(difference == nil, Comment(rawValue: difference ?? ""), sourceLocation: sourceLocation)
    }

    @Test func pagesMatchTheirGoldenFiles() throws {
        try Support.withTemporaryDirectory { dir in
            let report = try build(try Support.fixture("publish-kb"), into: dir + "/site", baseURL: "https://lab.example.gov/toolkit/")
            #expect(report.pages == 9, "home, toolkit, projects, lessons, search, 2 methods, 1 project, 1 lesson")
            for (page, golden) in [
                ("index.html", "site-index.html"), ("methods/index.html", "site-toolkit.html"),
                ("methods/co-design.html", "site-method.html"), ("projects/harbour.html", "site-project.html"),
                ("lessons/go-where-people-are.html", "site-lesson.html"), ("feed.xml", "site-feed.xml"),
                ("sitemap.xml", "site-sitemap.xml"), ("assets/search/index.js", "site-search-manifest.js"),
            ] {
                try expectGolden(try Self.read(dir + "/site/" + page), golden)
            }
            let shards = try Self.searchFolder(of: dir + "/site")
            try expectGolden(try Self.read(shards + "/t/0.js"), "site-search-terms.js")
            try expectGolden(try Self.read(shards + "/lengths.js"), "site-search-lengths.js")
            try expectGolden(try Self.read(shards + "/d/2.js"), "site-search-page.js")
        }
    }

    /// One `h1`, a language, a skip link to the main content, our own style sheet only, no script
    /// outside the search page, and every link and fragment leading somewhere that exists.
    @Test func everyPageIsAccessibleAndEveryLinkResolves() throws {
        try Support.withTemporaryDirectory { dir in
            try build(Support.packageRoot, into: dir + "/site")
            let files = try Self.files(of: dir + "/site")
            let pages = files.filter { $0.key.hasSuffix(".html") }
            // A page per method, project and lesson of the shipped knowledge base (all published), and
            // the home, toolkit, projects, lessons and search pages, in English and, under fr/, in French
            // (the shipped knowledge base is `languages: [en, fr]`, every record translated).
            let fm = FileManager.default
            let root = Support.packageRoot
            let isSource = { (name: String) in name.hasSuffix(".md") && !name.hasSuffix(".fr.md") }
            let records =
                try fm.contentsOfDirectory(atPath: root + "/toolkit/methods").filter(isSource).count
                + fm.contentsOfDirectory(atPath: root + "/projects").filter { !$0.hasPrefix(".") }.count
                + fm.contentsOfDirectory(atPath: root + "/lessons").filter(isSource).count
            let french = Set(pages.keys.filter { $0.hasPrefix("fr/") }.map { String($0.dropFirst(3)) })
            let english = Set(pages.keys.filter { !$0.hasPrefix("fr/") })
            #expect(english.count == records + 5)
            #expect(french == english, "every English page has its French counterpart")
            for (path, html) in pages {
                let language = path.hasPrefix("fr/") ? "fr" : "en"
                #expect(html.components(separatedBy: "<h1>").count == 2, "\(path): one h1")
                #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language)\">"), "\(path)")
                #expect(html.contains("<a class=\"skip-link\" href=\"#content\">") && html.contains("<main id=\"content\""), "\(path)")
                #expect(!html.contains("src=\"http") && !html.contains("href=\"//"), "\(path): nothing from other hosts")
                #expect(html.contains("<script") == (path == "search.html" || path == "fr/search.html"), "\(path): scripts only on the search pages")
                for problem in SiteLinkCheck.problems(in: html, at: path, files: files) {
                    Issue.record("\(problem)")
                }
            }
        }
    }

    @Test func theLinkCheckFindsBrokenLinks() {
        let files = ["index.html": "<a href=\"methods/a.html#x\">", "methods/a.html": "<h2 id=\"y\">"]
        #expect(
            SiteLinkCheck.problems(
                in: "<a href=\"methods/b.html\"><a href=\"methods/a.html#x\"><a href=\"https://x.example\">",
                at: "index.html", files: files)
                == ["index.html: methods/b.html does not exist", "index.html: methods/a.html has no id 'x'"])
    }

    /// Hostile text in every kind of record, restricted evidence, contacts, a stakeholder who is not
    /// public, a draft method and a draft lesson: none of it reaches any file of the site.
    @Test func nothingPrivateOrHostileLeaks() throws {
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try Support.copyFixture("publish-kb", to: root)
            let hostile = "<script>alert(1)</script> [x](javascript:alert(1))"
            func plant(_ path: String, _ replacements: [(String, String)]) throws {
                var text = try Self.read(root + "/" + path)
                for (old, new) in replacements {
                    #expect(text.contains(old), "\(path) has \(old)")
                    text = text.replacingOccurrences(of: old, with: new)
                }
                try Support.write([path: text], under: root)
            }
            try plant(
                "projects/harbour/project.md",
                [
                    ("title: Harbour ferries for shift workers", "title: \"Harbour \(hostile)\""),
                    ("We talked to 40 people", "<img src=x onerror=alert(1)> [go](javascript:alert(2)) We talked"),
                ])
            try plant("toolkit/methods/co-design.md", [("## ", "<iframe src=\"https://evil.example\"></iframe>\n\n# A second title\n\n## ")])
            try plant("lessons/go-where-people-are.md", [("summary: ", "summary: \"\\\"><svg onload=alert(3)> \" # ")])
            try Support.write(["toolkit/methods/secret-method.md": Support.method(id: "secret-method")], under: root)  // a draft
            try build(root, into: dir + "/site", baseURL: "https://lab.example.gov")
            let files = try Self.files(of: dir + "/site")
            let secrets = [
                "Interview notes with named porters", "intranet.example", "organiser@union.example", "7700 900123", "WhatsApp",
                "A draft thought", "secret-method", "draft-thought",
            ]
            for (path, text) in files {
                for secret in secrets { #expect(!text.contains(secret), "\(secret) leaked into \(path)") }
                for markup in ["<script>alert", "<img", "<iframe", "<svg onload", "href=\"javascript", "\"><svg"] {
                    #expect(!text.contains(markup), "\(markup) in \(path)")
                }
            }
            let project = try #require(files["projects/harbour.html"])
            #expect(project.contains("<h1>Harbour &lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:alert(1))</h1>"))
            #expect(project.contains("&lt;img src=x onerror=alert(1)&gt;"), "shown as text")
            let method = try #require(files["methods/co-design.html"])
            #expect(method.components(separatedBy: "<h1>").count == 2, "a body's '# heading' is demoted")
            #expect(method.contains("&lt;iframe src=&quot;https://evil.example&quot;&gt;&lt;/iframe&gt;"))
            let searchFiles = files.filter { $0.key.hasPrefix("assets/search/") }
            #expect(searchFiles.count > 3, "the manifest, the lengths, a term shard and the pages' data")
            #expect(searchFiles.contains { $0.value.contains("\\u003cscript>alert(1)\\u003c/script>") }, "the title, escaped")
            #expect(!searchFiles.contains { $0.value.contains("<") }, "no '<' in any search file")
        }
    }

    @Test func refusesAFolderItDidNotMakeAndLosesNothing() throws {
        try Support.withTemporaryDirectory { dir in
            let fixture = try Support.fixture("publish-kb")
            try Support.write(["notes.txt": "mine"], under: dir + "/mine")
            #expect(throws: SiteError.notASite(dir + "/mine")) { try build(fixture, into: dir + "/mine") }
            #expect(try Self.read(dir + "/mine/notes.txt") == "mine")
            #expect(throws: SiteError.notASite(dir + "/mine/notes.txt")) { try build(fixture, into: dir + "/mine/notes.txt") }
            #expect(throws: SiteError.badBaseURL("lab.example.gov")) { try build(fixture, into: dir + "/site", baseURL: "lab.example.gov") }
            #expect(!FileManager.default.fileExists(atPath: dir + "/site"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["mine"], "no staging folder left behind")
        }
    }

    @Test func aRebuildReplacesTheWholeSite() throws {
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try Support.copyFixture("publish-kb", to: root)
            try build(root, into: dir + "/site")
            #expect(FileManager.default.fileExists(atPath: dir + "/site/lessons/go-where-people-are.html"))
            #expect(!FileManager.default.fileExists(atPath: dir + "/site/sitemap.xml"), "no sitemap without a base URL")
            try FileManager.default.removeItem(atPath: root + "/lessons/go-where-people-are.md")
            try build(root, into: dir + "/site")
            #expect(!FileManager.default.fileExists(atPath: dir + "/site/lessons/go-where-people-are.html"), "a removed record's page goes")
            #expect(FileManager.default.fileExists(atPath: dir + "/site/.policylab-site"))
            // The site it replaced is kept beside it, for the next build to update, and nothing else.
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == [".site.spare", "kb", "site"])
            #expect(FileManager.default.fileExists(atPath: dir + "/.site.spare/lessons/go-where-people-are.html"))
            // The next build takes the spare: the page removed from the site is not brought back.
            try build(root, into: dir + "/site")
            #expect(!FileManager.default.fileExists(atPath: dir + "/site/lessons/go-where-people-are.html"))
            #expect(try SiteTests.files(of: dir + "/site").keys.sorted() == SiteTests.files(of: dir + "/.site.spare").keys.sorted())
        }
    }

    @Test func theFeedIsAtomWithRelativeOrAbsoluteLinks() throws {
        try Support.withTemporaryDirectory { dir in
            let fixture = try Support.fixture("publish-kb")
            try build(fixture, into: dir + "/relative")
            try build(fixture, into: dir + "/absolute", baseURL: "https://lab.example.gov/toolkit")
            for (site, firstID) in [
                ("relative", "urn:policylab:lessons/go-where-people-are"),
                ("absolute", "https://lab.example.gov/toolkit/lessons/go-where-people-are.html"),
            ] {
                let feed = try FeedReader(Data(Self.read(dir + "/\(site)/feed.xml").utf8))
                #expect(
                    feed.entries.map(\.title) == ["Go where people are, when they are there", "Harbour ferries for shift workers"], "newest first")
                #expect(feed.entries.first?.id == firstID)
                #expect(feed.entries.first?.link == "lessons/go-where-people-are.html")
            }
        }
    }

    @Test func theSearchIndexFoldsAccentsAndWeighsTitles() {
        let entries = [
            SiteSearchEntry(path: "a.html", kind: "method", title: "Délibération", summary: "Assemblée", text: "ŒUVRE ouvre"),
            SiteSearchEntry(path: "b.html", kind: "lesson", title: "Other", summary: "", text: "deliberation"),
        ]
        let index = SiteSearchIndex(entries: entries)
        #expect(index.terms["deliberation"] == [0, 3, 1, 1])
        #expect(index.terms["assemblee"] == [0, 2])
        #expect(index.terms["oeuvre"] == [0, 1])
        #expect(index.lengths == [7, 4])
        #expect(index.docs[1] == ["b.html", "lesson", "Other", ""])
        // The workers' shares, appended in order, number their pages after the ones before.
        var merged = SiteSearchIndex(entries: [entries[0]])
        merged.append(SiteSearchIndex(entries: [entries[1]]))
        #expect(merged.terms == index.terms)
        #expect(merged.docs == index.docs && merged.lengths == index.lengths)
    }

    @Test func buildsFromARevisionLeavingTheWorkingTreeAlone() throws {
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try Support.copyFixture("publish-kb", to: root)
            let commit = try Support.commitEverything(in: root)
            let path = root + "/toolkit/methods/co-design.md"
            try Support.write(
                ["toolkit/methods/co-design.md": try Self.read(path).replacingOccurrences(of: "title: ", with: "title: Uncommitted ")],
                under: root)
            try build(root, into: dir + "/site", source: .revision(gitDirectory: root + "/.git", commit: commit))
            let page = try Self.read(dir + "/site/methods/co-design.html")
            #expect(!page.contains("Uncommitted"))
            #expect(page.contains("<h1>Co-design"))
        }
    }
}

/// Checks the links of a page of the site: each relative link must name a file of the site, and
/// each fragment an `id` on that page. Links to other hosts and `mailto:` are not followed.
enum SiteLinkCheck {
    static func problems(in html: String, at path: String, files: [String: String]) -> [String] {
        var problems: [String] = []
        let base = URL(string: "file:///site/" + path)!
        let pattern = try! NSRegularExpression(pattern: "(?:href|src)=\"([^\"]*)\"")
        for match in pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            guard let range = Range(match.range(at: 1), in: html) else { continue }
            let link = String(html[range]).replacingOccurrences(of: "&amp;", with: "&")
            if link.hasPrefix("http://") || link.hasPrefix("https://") || link.hasPrefix("mailto:") { continue }
            guard let url = URL(string: link, relativeTo: base), url.path.hasPrefix("/site/") else {
                problems.append("\(path): \(link) leaves the site")
                continue
            }
            let target = String(url.path.dropFirst("/site/".count))
            guard let page = files[target] else {
                problems.append("\(path): \(link) does not exist")
                continue
            }
            if let fragment = url.fragment, !page.contains("id=\"\(fragment)\"") {
                problems.append("\(path): \(target) has no id '\(fragment)'")
            }
        }
        return problems
    }
}

/// The entries of an Atom feed, read with Foundation's XML parser (which also proves it is well formed).
final class FeedReader: NSObject, XMLParserDelegate {
    struct Entry {
        var title = ""
        var id = ""
        var link = ""
    }

    private(set) var entries: [Entry] = []
    private var current: Entry?
    private var text = ""

    init(_ data: Data) throws {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        text = ""
        if name == "entry" { current = Entry() }
        if name == "link", current != nil { current?.link = attributes["href"] ?? "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "title": current?.title = text
        case "id": current?.id = text
        case "entry": if let current { entries.append(current) }; current = nil
        default: break
        }
    }
}

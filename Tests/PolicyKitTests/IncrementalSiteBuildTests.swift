import Foundation
import PolicylabTestSupport
import GitKit
import Testing

@testable import PolicyKit

/// Incremental site builds: a build into a site built before keeps the record pages whose
/// inputs did not change and renders the rest, and what it leaves is, byte for byte, the site a
/// full build into an empty folder makes, after every kind of change a page can depend on.
@Suite("Incremental site builds")
struct IncrementalSiteBuildTests {
    /// The bilingual `publish-kb` fixture, committed: a French translation of co-design and a
    /// lesson about the harbour project that names co-design.
    static func repository(in root: String) throws {
        try Support.copyFixture("publish-kb", to: root)
        try SiteDatesTests.edit(root, "policylab.yaml") { $0 + "languages: [en, fr]\n" }
        try Support.write(
            [
                "toolkit/methods/co-design.fr.md": """
                ---
                translation_of: 0000000000000000000000000000000000000000000000000000000000000000
                title: Co-conception
                summary: Concevoir un service avec celles et ceux qui l'utiliseront.
                ---
                ## Quand l'utiliser
                Une fois le problème compris.
                """,
                "lessons/ferries-at-night.md": """
                ---
                id: ferries-at-night
                title: Ferries at night
                summary: Night workers need the first ferry.
                date: 2024-02-01
                status: published
                projects: [harbour]
                methods: [co-design]
                ---
                What the harbour showed.
                """,
            ], under: root)
        try SiteDatesTests.commit(root, "Add the knowledge base\n", on: "2024-01-01")
    }

    @discardableResult
    static func build(_ root: String, into out: String, date: String = "2024-06-01", full: Bool = false) throws -> SiteBuilder.Report {
        var options = SiteBuilder.Options()
        options.date = Day(date)!
        options.baseURL = "https://lab.example.gov/toolkit"
        options.incremental = !full
        let source = KnowledgeBaseSource.directory(root)
        // As `policylab site` builds: with the digests of the files the loader read.
        let outcome = try KnowledgeBaseLoader.load(from: source, keepingBodiesOf: SiteBuilder.bodiesShown, digestingFiles: true)
        return try SiteBuilder(source: source, knowledgeBase: outcome.knowledgeBase, options: options, fileDigests: outcome.fileDigests)
            .build(into: out)
    }

    /// Every file under `root` by relative path, with its bytes, but the table of the site's files
    /// (`SiteFiles`), whose inodes and times differ from build to build.
    static func tree(_ root: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let path = enumerator?.nextObject() as? String {
            if path == SiteFiles.fileName || path.hasSuffix("/" + SiteFiles.fileName) { continue }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            files[path] = try Data(contentsOf: URL(fileURLWithPath: root + "/" + path))
        }
        return files
    }

    /// Builds `site` incrementally and a fresh full site beside it; expects the same trees and returns the incremental report.
    @discardableResult
    static func expectSameAsFullBuild(_ root: String, site: String, date: String = "2024-06-01", _ comment: Comment) throws -> SiteBuilder.Report {
        let report = try build(root, into: site, date: date)
        let full = site + "-full"
        try? FileManager.default.removeItem(atPath: full)
        try build(root, into: full, date: date, full: true)
        let (incremental, expected) = (try tree(site), try tree(full))
        #expect(Set(incremental.keys).symmetricDifference(expected.keys).sorted() == [], comment)
        for (path, bytes) in expected where incremental[path] != bytes {
            Issue.record("\(path) differs from a full build after: \(comment)")
        }
        return report
    }

    /// Runs `body` with the committed fixture in `dir/kb`, its site built once into `dir/site`.
    static func withBuiltSite(_ body: (_ root: String, _ site: String, _ dir: String) throws -> Void) throws {
        try Support.withTemporaryDirectory { dir in
            try repository(in: dir + "/kb")
            try build(dir + "/kb", into: dir + "/site")
            try body(dir + "/kb", dir + "/site", dir)
        }
    }

    /// Record pages of the fixture: 2 methods, 1 project, 2 published lessons, in 2 languages.
    static let recordPages = 10
    /// And the pages that list others (home, toolkit, projects, lessons, search), in 2 languages.
    static let pages = recordPages + 10

    @Test func aBuildWithNothingChangedKeepsEveryRecordPage() throws {
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try Self.repository(in: root)
            let first = try Self.build(root, into: dir + "/site")
            #expect(first.pagesKept == 0)
            #expect(FileManager.default.fileExists(atPath: dir + "/site/" + SiteManifest.fileName))
            // The secret of the keys stays in the repository, readable by its owner only.
            let secret = try FileManager.default.attributesOfItem(atPath: root + "/.git/policylab/site-key")
            #expect((secret[.posixPermissions] as? Int) == 0o600)
            #expect((secret[.size] as? Int) == 32)
            let second = try Self.expectSameAsFullBuild(root, site: dir + "/site", "no change")
            #expect(second.pagesKept == Self.pages)
            #expect(second.pages == first.pages)
        }
    }

    @Test func everyKindOfChangeGivesTheSiteOfAFullBuild() throws {
        try Self.withBuiltSite { root, site, _ in
            func change(_ path: String, _ comment: Comment, kept: Int? = nil, _ edit: (String) -> String) throws {
                try SiteDatesTests.edit(root, path, edit)
                let report = try Self.expectSameAsFullBuild(root, site: site, comment)
                if let kept { #expect(report.pagesKept == kept, comment) }
            }
            // A method's body shows on its own page only; home reads every method. The toolkit,
            // and the project and lesson pages that list it, show its title and summary: they are kept.
            try change("toolkit/methods/co-design.md", "a method's body", kept: Self.pages - 2 * 2) {
                $0.replacingOccurrences(of: "## When to use it\n", with: "## When to use it\nEarly.\n")
            }
            // The toolkit lists methods by phase: a phase changed moves it there (and on its page).
            try change("toolkit/methods/co-design.md", "a method's phases", kept: Self.pages - 2 * 3) {
                $0.replacingOccurrences(of: "phases: [develop]", with: "phases: [develop, deliver]")
            }
            // A method's title shows on its page and on the project and lesson pages that name it:
            // only the pages of street-interviews and of the lesson about it are kept, and of the
            // pages that list others, those that list no method (projects, lessons, search). The
            // French pages that name it (the French toolkit among them) show its French title,
            // unchanged: they are kept too.
            try change("toolkit/methods/co-design.md", "a method's title", kept: 4 + 6 + 3) {
                $0.replacingOccurrences(of: "title: Co-design", with: "title: Co-design workshops")
            }
            // The home page's status reads every record; the indexes, only their own kind.
            try change("projects/harbour/evidence/survey.md", "public evidence made restricted", kept: 8 + 8) {
                $0.replacingOccurrences(of: "access: public", with: "access: restricted")
            }
            try change("projects/harbour/impact/ridership-up.md", "a claim's statement", kept: 8 + 8) {
                $0.replacingOccurrences(of: "rose by 15%", with: "rose by 16%")
            }
            try change("lessons/ferries-at-night.md", "a lesson's title, shown on the project and method pages", kept: 4 + 6) {
                $0.replacingOccurrences(of: "title: Ferries at night", with: "title: The first ferry")
            }
            // The method and lesson pages list the project by its title, summary and status: a
            // change of the challenge is on its own pages (and home), one of status on theirs too.
            try change("projects/harbour/project.md", "a project's challenge", kept: Self.pages - 2 * 3) {
                $0.replacingOccurrences(of: "before 6am?", with: "before 6 in the morning?")
            }
            try change("projects/harbour/project.md", "a project's status, shown where it is listed") {
                $0.replacingOccurrences(of: "status: delivered", with: "status: active")
            }
            try change("toolkit/methods/street-interviews.md", "a method that supersedes another") {
                $0.replacingOccurrences(of: "status: published", with: "status: published\nsupersedes: [co-design]")
            }
            // Its translation: the French pages that show co-design, and its own two pages.
            try change("toolkit/methods/co-design.fr.md", "a translation, read by the French pages that show co-design", kept: 4 + 6 + 3) {
                $0.replacingOccurrences(of: "title: Co-conception", with: "title: Co-conception en ateliers")
            }
            try change("policylab.yaml", "the settings", kept: 0) {
                $0.replacingOccurrences(of: "name: Harbour Lab", with: "name: Harbour Policy Lab")
            }
            // A commit dates the pages it changed, and only those.
            try SiteDatesTests.edit(root, "toolkit/methods/co-design.md") { $0.replacingOccurrences(of: "Once the problem", with: "When the problem") }
            try SiteDatesTests.commit(root, "Reword co-design\n", on: "2024-03-01")
            try Self.expectSameAsFullBuild(root, site: site, "a commit")
            // A branch merged: the dates of what it changed come from git, the others from the manifest.
            try Support.git(["reset", "-q"], in: root)  // the index, which the fixture's commits left alone
            try Support.git(["branch", "side", "HEAD~1"], in: root)
            try Support.git(["checkout", "-q", "side"], in: root)
            try SiteDatesTests.edit(root, "lessons/go-where-people-are.md") { $0.replacingOccurrences(of: "A 5am", with: "An early") }
            try Support.git(["-c", "user.name=Ada", "-c", "user.email=ada@lab.example", "commit", "-qam", "Reword the lesson"], in: root)
            try Support.git(["checkout", "-q", "main"], in: root)
            try Support.git(["-c", "user.name=Ada", "-c", "user.email=ada@lab.example", "merge", "-q", "--no-ff", "-m", "Merge side", "side"], in: root)
            let merged = try Self.expectSameAsFullBuild(root, site: site, "a merge")
            #expect(
                merged.pagesKept == Self.pages - 2 - 4 - 4, "the lesson's pages, the project's and method's that list it, home and the lessons")
            // The day of the build decides which milestones are overdue on a project page.
            let report = try Self.expectSameAsFullBuild(root, site: site, date: "2024-06-02", "another day")
            #expect(report.pagesKept == Self.pages - 2 - 2, "only the project's pages and home depend on the day")
            // A new record, and a deleted one.
            try Support.write(
                ["lessons/second.md": "---\nid: second\ntitle: Second\nsummary: More.\ndate: 2024-03-02\nstatus: published\nprojects: [harbour]\n---\nText.\n"],
                under: root)
            try Self.expectSameAsFullBuild(root, site: site, "a new lesson")
            try FileManager.default.removeItem(atPath: root + "/lessons/second.md")
            try Self.expectSameAsFullBuild(root, site: site, "a deleted lesson")
        }
    }

    /// The loader's digests are those a builder without them reads for itself.
    @Test func theLoaderDigestsTheFilesThePagesAreKeyedBy() throws {
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try Self.repository(in: root)
            let source = KnowledgeBaseSource.directory(root)
            let outcome = try KnowledgeBaseLoader.load(from: source, keepingBodiesOf: SiteBuilder.bodiesShown, digestingFiles: true)
            let read = try SitePageKeys.fileDigests(of: source)
            #expect(outcome.fileDigests == read)
            #expect(read["toolkit/methods/co-design.fr.md"] != nil && read["policylab.yaml"] != nil && read["projects/harbour/project.md"] != nil)
            #expect(try KnowledgeBaseLoader.load(from: source, keepingBodiesOf: []).fileDigests == nil, "only when asked")
        }
    }

    /// The knowledge base's own template of project pages, in each language, is an input of the
    /// pages of that language (as the settings are of every page).
    @Test func aTemplateOfTheKnowledgeBaseRendersTheProjectPagesAgain() throws {
        try Self.withBuiltSite { root, site, _ in
            for (file, language) in [("summary.md.mustache", "English"), ("summary.fr.md.mustache", "French")] {
                try Support.write(["templates/" + file: "# {{title}}\n\nA template of our own.\n"], under: root)
                let report = try Self.expectSameAsFullBuild(root, site: site, "a \(language) summary template added")
                #expect(report.pagesKept == Self.pages / 2, "the pages of the other language")
                let page = try SiteTests.read(site + (language == "French" ? "/fr" : "") + "/projects/harbour.html")
                #expect(page.contains("A template of our own."))
            }
            try FileManager.default.removeItem(atPath: root + "/templates/summary.md.mustache")
            #expect(try Self.expectSameAsFullBuild(root, site: site, "a template removed").pagesKept == Self.pages / 2)
        }
    }

    @Test func aChangedPageOrManifestIsNotTrusted() throws {
        try Self.withBuiltSite { root, site, dir in
            // A page edited in the built site is rendered again, not kept.
            let page = site + "/methods/street-interviews.html"
            try Support.write(Array((try SiteTests.read(page) + "<script>alert(1)</script>").utf8), to: page)
            let report = try Self.expectSameAsFullBuild(root, site: site, "a page edited in the site")
            #expect(report.pagesKept == Self.pages - 1)
            // A manifest whose seal does not match is ignored: every page is rendered.
            let manifest = site + "/" + SiteManifest.fileName
            let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: manifest)), as: UTF8.self)
            #expect(text.contains("co-design.html"))
            // The same length, so that it decodes: only the seal gives it away.
            try Support.write(Array(text.replacingOccurrences(of: "co-design.html", with: "fo-design.html").utf8), to: manifest)
            #expect(try Self.expectSameAsFullBuild(root, site: site, "a forged manifest").pagesKept == 0)
            // Another repository's secret: the same knowledge base elsewhere trusts nothing of this site.
            let other = dir + "/other"
            try Self.repository(in: other)
            let elsewhere = try Self.build(other, into: site)
            #expect(elsewhere.pagesKept == 0)
            // Damaged beyond reading: a full build, not an error.
            try Support.write(Array("{\"format\":1,\n".utf8), to: manifest)
            #expect(try Self.build(other, into: site).pagesKept == 0)
        }
    }

    /// The search postings a kept page's terms come from, and its page file in the previous
    /// site, are used only as they were written: anything else is rendered again.
    @Test func damagedSearchPostingsOrPageFilesAreNotTrusted() throws {
        try Self.withBuiltSite { root, site, _ in
            // Postings changed by a byte no longer match the seal in the manifest.
            let postings = site + "/" + SiteSearchPostings.fileName
            var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: postings)))
            bytes[bytes.count - 1] ^= 1
            try Support.write(bytes, to: postings)
            #expect(try Self.expectSameAsFullBuild(root, site: site, "damaged English postings").pagesKept == Self.pages / 2)
            // Another language's postings are its own.
            try FileManager.default.removeItem(atPath: site + "/fr/" + SiteSearchPostings.fileName)
            #expect(try Self.expectSameAsFullBuild(root, site: site, "no French postings").pagesKept == Self.pages / 2)
            // A page file of the search changed in the site: that page is rendered again.
            let folder = try SiteTests.searchFolder(of: site)
            let pageFile = try #require(
                try FileManager.default.contentsOfDirectory(atPath: folder + "/d").sorted().first { $0.hasSuffix(".js") })
            try Support.write(Array((try SiteTests.read(folder + "/d/" + pageFile) + "alert(1);\n").utf8), to: folder + "/d/" + pageFile)
            #expect(try Self.expectSameAsFullBuild(root, site: site, "a search page file edited in the site").pagesKept == Self.pages - 1)
            // As a link to a file elsewhere, it is not followed.
            let again = try SiteTests.searchFolder(of: site)
            try FileManager.default.removeItem(atPath: again + "/d/" + pageFile)
            try FileManager.default.createSymbolicLink(atPath: again + "/d/" + pageFile, withDestinationPath: root + "/policylab.yaml")
            #expect(try Self.expectSameAsFullBuild(root, site: site, "a search page file replaced by a link").pagesKept == Self.pages - 1)
        }
    }

    @Test func searchPostingsDecodeToWhatWasEncodedAndNothingElse() throws {
        let postings = SiteSearchPostings(
            folder: "0123456789abcdef", paths: ["methods/a.html", "lessons/é.html"], lengths: [7, 4],
            payloadDigests: [String(repeating: "a", count: 64), String(repeating: "b", count: 64)],
            terms: ["deliberation": [0, 3, 1, 1], "assemblee": [0, 2]])
        let bytes = postings.encoded()
        #expect(SiteSearchPostings(decoding: bytes) == postings)
        // Every truncation, and a byte too many, decode to nothing (and never crash).
        for length in 0..<bytes.count { #expect(SiteSearchPostings(decoding: Array(bytes[..<length])) == nil, "\(length) bytes") }
        #expect(SiteSearchPostings(decoding: bytes + [0]) == nil)
        // Pages out of order, or beyond the pages listed, are refused.
        var outOfOrder = postings
        outOfOrder.terms["assemblee"] = [1, 2, 0, 1]
        #expect(SiteSearchPostings(decoding: outOfOrder.encoded()) == nil)
        var beyond = postings
        beyond.terms["assemblee"] = [2, 1]
        #expect(SiteSearchPostings(decoding: beyond.encoded()) == nil)
        // A folder that is not a name of the shards' writer (it would be read as a path).
        var path = postings
        path.folder = "../../../etc/pass"
        #expect(SiteSearchPostings(decoding: path.encoded()) == nil)
        // A length that claims more than the file holds.
        var huge = bytes
        huge.replaceSubrange(SiteSearchPostings.magic.count..<(SiteSearchPostings.magic.count + 4), with: [0xff, 0xff, 0xff, 0x7f])
        #expect(SiteSearchPostings(decoding: huge) == nil)
    }

    @Test func theManifestHoldsNoRestrictedText() throws {
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try Self.repository(in: root)
            try SiteDatesTests.edit(root, "projects/harbour/evidence/survey.md") { $0.replacingOccurrences(of: "access: public", with: "access: restricted") }
            try Self.build(root, into: dir + "/site")
            let manifest = String(decoding: try Data(contentsOf: URL(fileURLWithPath: dir + "/site/" + SiteManifest.fileName)), as: UTF8.self)
            #expect(!manifest.contains("Quayside") && !manifest.contains("40 shift workers"), "restricted evidence is not in the search entries")
            #expect(!manifest.contains("organiser@union.example"), "no contact")
            let postings = String(decoding: try Data(contentsOf: URL(fileURLWithPath: dir + "/site/" + SiteSearchPostings.fileName)), as: UTF8.self)
            #expect(postings.contains("harbour"), "the postings hold the terms of the pages")
            #expect(!postings.contains("answers") && !postings.contains("organiser"), "but no term of restricted evidence or contacts")
        }
    }

    /// The manifest decodes to what was encoded, and nothing else: cut short, longer, or with a
    /// path given twice, it is refused (and the build is a full one).
    @Test func theManifestDecodesToWhatWasEncodedAndNothingElse() throws {
        var manifest = SiteManifest()
        manifest.datesKey = "k"
        manifest.dates = ["lessons/a.md": [RecordDates.Update(timestamp: "2024-01-01T10:00:00Z", day: "2024-01-01", words: "1 January 2024", note: "Add\nit")]]
        manifest.pages = ["lessons/a.html": .init(key: "x", sha256: "y"), "index.html": .init(key: "z", sha256: "w")]
        manifest.searchSeals = ["": "s", "fr/": "t"]
        let bytes = manifest.encoded()
        #expect(SiteManifest(decoding: bytes) == manifest)
        #expect(SiteManifest(decoding: bytes + [0]) == nil)
        #expect(SiteManifest(decoding: Array(bytes.dropLast())) == nil)
        // Written by hand: one page decodes, the same page twice does not.
        func pages(_ count: Int) -> [UInt8] {
            var writer = ByteWriter()
            writer.bytes(SiteManifest.magic)
            for _ in 0..<2 {
                writer.u8(0)
                writer.string("")
            }
            writer.u32(0)
            writer.u32(UInt32(count))
            for _ in 0..<count {
                for text in ["index.html", "z", "w"] { writer.string(text) }
            }
            writer.u32(0)
            return writer.data
        }
        #expect(SiteManifest(decoding: pages(1))?.pages == ["index.html": .init(key: "z", sha256: "w")])
        #expect(SiteManifest(decoding: pages(2)) == nil)
    }

    @Test func withoutARepositoryEveryBuildIsFull() throws {
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try Support.copyFixture("publish-kb", to: root)
            try Self.build(root, into: dir + "/site")
            #expect(!FileManager.default.fileExists(atPath: dir + "/site/" + SiteManifest.fileName))
            #expect(try Self.build(root, into: dir + "/site").pagesKept == 0)
        }
    }

    /// The spare (the site the last build replaced) is the next build's staging folder. Its files
    /// shared with the site in place are replaced, never written through: the site stays as it was
    /// until the swap, and the spare after the next build is that site, byte for byte.
    @Test func theSpareIsUpdatedWithoutTouchingTheSiteInPlace() throws {
        try Self.withBuiltSite { root, site, dir in
            let method = root + "/toolkit/methods/street-interviews.md"
            try Support.write(Array((try SiteTests.read(method) + "\nOne more line.\n").utf8), to: method)
            try Self.expectSameAsFullBuild(root, site: site, "an edit, built into a fresh staging folder")
            let before = try Self.tree(site)
            try Support.write(Array((try SiteTests.read(method) + "\nAnd another.\n").utf8), to: method)
            let report = try Self.expectSameAsFullBuild(root, site: site, "an edit, built into the spare")
            #expect(report.pagesKept > 0)
            #expect(try Self.tree(dir + "/.site.spare") == before)
        }
    }

    /// After two builds the spare holds the site's files themselves (links to them). A page
    /// replaced in the site by another file leaves the spare's, which the table vouches for, and
    /// the build keeps that one; a page written through (the same file, so the spare's as well)
    /// has another size and time, and is rendered again.
    @Test func theSparesCopyOfAPageIsKeptOnlyWhileItIsTheFileTheTableLists() throws {
        try Self.withBuiltSite { root, site, _ in
            #expect(try Self.build(root, into: site).pagesKept == Self.pages)
            let page = site + "/methods/street-interviews.html"
            let original = try SiteTests.read(page)
            try FileManager.default.removeItem(atPath: page)
            try Support.write(Array("replaced".utf8), to: page)
            #expect(try Self.expectSameAsFullBuild(root, site: site, "a page replaced in the site").pagesKept == Self.pages)
            #expect(try SiteTests.read(page) == original)
            #expect(try Self.build(root, into: site).pagesKept == Self.pages)
            try Support.write(Array((original + "<!-- edited -->").utf8), to: page)
            #expect(try Self.expectSameAsFullBuild(root, site: site, "a page written through in the site").pagesKept == Self.pages - 1)
            #expect(try SiteTests.read(page) == original)
        }
    }

    /// A spare can hold anything: files and folders the site does not have, a link where a folder
    /// goes (to a folder elsewhere, which is left alone), FIFOs (one where a page goes), a folder
    /// where a file goes, a name that is not UTF-8. The
    /// build gives the site of a full build all the same; a spare that is a link is not taken.
    @Test func aHostileSpareGivesTheSiteOfAFullBuild() throws {
        try Self.withBuiltSite { root, site, dir in
            try Self.build(root, into: site)
            let spare = dir + "/.site.spare"
            let elsewhere = dir + "/elsewhere"
            try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
            try Support.write(Array("mine".utf8), to: elsewhere + "/street-interviews.html")
            try FileManager.default.removeItem(atPath: spare + "/methods")
            try FileManager.default.createSymbolicLink(atPath: spare + "/methods", withDestinationPath: elsewhere)
            try Support.write(Array("junk".utf8), to: spare + "/junk.html")
            try FileManager.default.createDirectory(atPath: spare + "/extra/deeper", withIntermediateDirectories: true)
            try Support.write(Array("junk".utf8), to: spare + "/extra/deeper/page.html")
            #expect(mkfifo(spare + "/lessons/pipe.html", 0o644) == 0)
            // A FIFO where a kept page goes, a folder where a written file goes.
            try FileManager.default.removeItem(atPath: spare + "/lessons/ferries-at-night.html")
            #expect(mkfifo(spare + "/lessons/ferries-at-night.html", 0o644) == 0)
            try FileManager.default.removeItem(atPath: spare + "/feed.xml")
            try FileManager.default.createDirectory(atPath: spare + "/feed.xml", withIntermediateDirectories: false)
            try Support.write(Array("junk".utf8), to: spare + "/feed.xml/inside")
            // A folder named "caf\xE9" (Latin-1), with a file in it.
            let badName = (Array((spare + "/projects/caf").utf8) + [0xE9]).map { CChar(bitPattern: $0) }
            #expect(mkdir(badName + [0], 0o755) == 0)
            let inside = open(badName + Array("/page.html".utf8).map { CChar(bitPattern: $0) } + [0], O_WRONLY | O_CREAT, 0o644)
            #expect(inside >= 0)
            close(inside)
            try Self.expectSameAsFullBuild(root, site: site, "a hostile spare")
            let projects = try #require(opendir(site + "/projects"))
            #expect(!DirectoryListing.entries(of: projects, at: site + "/projects").contains { $0.kind == .badName })
            closedir(projects)
            #expect(try SiteTests.read(elsewhere + "/street-interviews.html") == "mine")
            #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere) == ["street-interviews.html"])
            // A spare that is a link to a folder of policylab's making is not taken, nor changed.
            try FileManager.default.removeItem(atPath: spare)
            try FileManager.default.createDirectory(atPath: elsewhere + "/old", withIntermediateDirectories: true)
            try Support.write(Array("made by policylab site\n".utf8), to: elsewhere + "/old/" + SiteFolder.marker)
            try Support.write(Array("mine".utf8), to: elsewhere + "/old/index.html")
            try FileManager.default.createSymbolicLink(atPath: spare, withDestinationPath: elsewhere + "/old")
            try Self.expectSameAsFullBuild(root, site: site, "a spare that is a link")
            #expect(try SiteTests.read(elsewhere + "/old/index.html") == "mine")
        }
    }

    /// The site's files are trusted by their `lstat` as the table lists them; a file touched but
    /// unchanged is read, found the same and kept; a table that is damaged or forged is not used,
    /// and every file is read and checked instead (and still kept when unchanged).
    @Test func theTableOfTheSiteFilesIsCheckedBeforeItIsTrusted() throws {
        try Self.withBuiltSite { root, site, _ in
            let table = site + "/" + SiteFiles.fileName
            #expect(FileManager.default.fileExists(atPath: table))
            let page = site + "/methods/street-interviews.html"
            let old = try FileManager.default.attributesOfItem(atPath: page)[.modificationDate] as? Date
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: page)
            #expect(try FileManager.default.attributesOfItem(atPath: page)[.modificationDate] as? Date != old)
            #expect(try Self.expectSameAsFullBuild(root, site: site, "a page touched").pagesKept == Self.pages)
            var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: table)))
            bytes[bytes.count / 2] ^= 1
            try Support.write(bytes, to: table)
            #expect(try Self.expectSameAsFullBuild(root, site: site, "a damaged table").pagesKept == Self.pages)
            try Support.write(Array("policylab site files 1\n".utf8), to: table)
            #expect(try Self.expectSameAsFullBuild(root, site: site, "a forged table").pagesKept == Self.pages)
            // Its entries decode to what was encoded, and nothing else does.
            let entry = SiteFiles.Entry(
                sha256: String(repeating: "a", count: 64),
                fingerprint: FileFingerprint(device: 1, inode: 2, size: 3, seconds: -4, nanoseconds: 5))
            let files = SiteFiles(entries: ["index.html": entry, "d/1.js": entry])
            #expect(SiteFiles(decoding: files.encoded()) == files)
            #expect(SiteFiles(decoding: files.encoded() + [0]) == nil)
            #expect(SiteFiles(decoding: Array(files.encoded().dropLast())) == nil)
        }
    }
}

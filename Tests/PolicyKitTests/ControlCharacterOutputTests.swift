import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@testable import PolicyKit

/// Control characters written as YAML escapes: `check` refuses them with their place, and every
/// output drops them anyway (site pages, feed, search index, CSV, JSON, posts).
@Suite struct ControlCharacterOutputTests {
    static let unsafe = "[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f\\u0080-\\u009f\\u202a-\\u202e\\u2066-\\u2069\\ufffe\\uffff]"

    /// The publish-kb fixture with escapes planted in a project's title and summary, a lesson's
    /// title and a method's body.
    private func withHostileText(_ body: (String) throws -> Void) throws {
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try Support.copyFixture("publish-kb", to: root)
            func plant(_ path: String, _ old: String, _ new: String) throws {
                let text = try String(contentsOfFile: root + "/" + path, encoding: .utf8)
                #expect(text.contains(old), "\(path) has \(old)")
                try Support.write([path: text.replacingOccurrences(of: old, with: new)], under: root)
            }
            try plant(
                "projects/harbour/project.md", "title: Harbour ferries for shift workers", "title: \"Harbour \\e[8m ferries\\x0b for shift workers\"")
            try plant(
                "projects/harbour/project.md", "summary: Shift workers and the council redesigned the early ferry timetable together.",
                "summary: \"Shift \\0 \\u0085 \\u202e workers and the council redesigned the timetable \\uFFFE.\"")
            try plant("lessons/go-where-people-are.md", "title: Go where people are, when they are there", "title: \"Go where people are \\a\\b\"")
            try plant("toolkit/methods/co-design.md", "## ", "A raw \u{1B}[31m escape and a \u{9B} CSI.\n\n## ")
            try body(root)
        }
    }

    @Test func checkRefusesThemWhereverTheyAreAndHowever() throws {
        try withHostileText { root in
            let findings = try Support.check(root).filter { $0.contains("holds") }
            #expect(
                findings == [
                    "lessons/go-where-people-are.md:3:8: error: 'title' holds bell (U+0007): remove it (control characters can hide text on a terminal and break feeds and pages)",
                    "projects/harbour/project.md:3:8: error: 'title' holds escape (U+001B): remove it (control characters can hide text on a terminal and break feeds and pages)",
                    "projects/harbour/project.md:4:10: error: 'summary' holds NUL (U+0000): remove it (control characters can hide text on a terminal and break feeds and pages)",
                    "toolkit/methods/co-design.md:\(try bodyLine(root)):7: error: the body holds escape (U+001B): remove it (control characters can hide text on a terminal and break feeds and pages)",
                ])
        }
    }

    private func bodyLine(_ root: String) throws -> Int {
        let lines = try String(contentsOfFile: root + "/toolkit/methods/co-design.md", encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false)
        return (lines.firstIndex { $0.hasPrefix("A raw ") } ?? 0) + 1
    }

    @Test func noOutputHoldsThemAndTheFeedStaysXML() throws {
        try withHostileText { root in
            let outcome = try KnowledgeBaseLoader.load(from: .directory(root))
            let kb = outcome.knowledgeBase
            #expect(kb.projects.first { $0.id.rawValue == "harbour" }?.title.contains("\u{1B}") == true, "the record really holds the escape")
            let site = root + "/../site"
            var options = SiteBuilder.Options()
            options.date = SiteTests.date
            _ = try SiteBuilder(source: .directory(root), knowledgeBase: kb, options: options).build(into: site)
            var outputs = try SiteTests.files(of: site)
            for format in [OpenDataExport.Format.json, .csv] {
                for (name, text) in try OpenDataExport.files(kb, format: format) { outputs["export/" + name] = text }
            }
            let publisher = Publisher(source: .directory(root), knowledgeBase: kb, options: Publisher.Options())
            outputs["summary.md"] = try publisher.summary(of: try #require(RecordID("harbour")))
            let pattern = try Regex(Self.unsafe)
            for (path, text) in outputs {
                #expect(text.firstMatch(of: pattern) == nil, "a control character in \(path)")
            }
            #expect(outputs["projects/harbour.html"]?.contains("Harbour [8m ferries for shift workers") == true)
            let feed = try FeedReader(Data(try #require(outputs["feed.xml"]).utf8))
            #expect(feed.entries.map(\.title).contains("Harbour [8m ferries for shift workers"))
        }
    }
}

import Foundation
import FoundationXML
import Yams
import Testing

@testable import PolicyKit
@testable import PolicySearch

/// The reproducers of what the fuzz targets (`Fuzz/`, `scripts/fuzz.sh`) found, each fixed.
@Suite struct FuzzFindingsTests {
    /// FuzzMarkdown: Debian's cmark-gfm took minutes on 20,000 repeats of `![[]()` (its link
    /// brackets cost quadratic time). Past 5,000 brackets they are escaped and shown as text.
    /// FuzzRecord: Yams reads a number with colons as base 60 ("1:30" is 90), with arithmetic that
    /// traps on overflow; a whole-number field refuses such a number with a finding instead.
    @Test func aBase60NumberTooLargeForAnIntegerIsAFinding() throws {
        let crash = "---\nid: !panekind: reportseek\nstrength: 88888888888888888888888:88888888815\n---\n"
        let outcome = RecordParser.parse(
            Array(crash.utf8), path: "projects/p/evidence/e.md", kind: .evidence, fileID: RecordID("e")!, project: RecordID("p")!,
            keepBody: true, decoder: YAMLDecoder())
        #expect(outcome.findings.contains { $0.message.contains("'strength' must be") }, "\(outcome.findings)")
        let many = "---\nid: e\ntitle: T\nkind: survey\naccess: public\nstrength: " + Array(repeating: "59", count: 40).joined(separator: ":") + "\n---\n"
        let second = RecordParser.parse(
            Array(many.utf8), path: "projects/p/evidence/e.md", kind: .evidence, fileID: RecordID("e")!, project: RecordID("p")!,
            keepBody: true, decoder: YAMLDecoder())
        #expect(second.findings.contains { $0.message.contains("'strength' must be") }, "\(second.findings)")
        // The settings' whole numbers, read the same way.
        let (_, findings) = SettingsReading.parse(Array("name: Lab\nverification:\n  required_confirmations: 1:1:1:1:1:1:1:1:1:1:1:1:1\n".utf8))
        #expect(findings.contains { $0.message.contains("required_confirmations") }, "\(findings)")
    }

    @Test func manyLinkBracketsRenderAsText() {
        let body = String(repeating: "![[]()", count: 20_000)
        #expect(MarkdownDocument(body).html() == "<p>" + body + "</p>\n")
        // Brackets escaped already stay escaped (another backslash would make them live again).
        let escaped = String(repeating: "\\[", count: 6_000)
        #expect(MarkdownDocument(escaped).html() == "<p>" + String(repeating: "[", count: 6_000) + "</p>\n")
        // Below the limit links are links.
        #expect(
            MarkdownDocument("[a](https://example.org) " + String(repeating: "[", count: 10)).html()
                == "<p><a href=\"https://example.org\">a</a> [[[[[[[[[[</p>\n")
    }

    /// FuzzRecord: a repeated key in front matter whose lines end in a lone `\r` crashed the
    /// search for the repetition (libyaml counts `\r` as a line break, the search did not).
    @Test func repeatedKeyWithLoneCarriageReturns() {
        #expect(
            Support.parseFindings("---\nid: m\rsummary: S\rtitle: A\rtitle: B\n---\n") == [
                "toolkit/methods/m.md:5:1: error: duplicate key 'title' (each key may appear once; the first is at line 4)"
            ])
        #expect(YAMLLexicalChecks.repeatedKeyLine("title", after: 9, column: 1, in: "title: A\rtitle: B\n") == nil)
    }

    /// FuzzRecord: a claim of 7,800 bytes took a quarter of a second to judge (ASan build), because
    /// each deliverable noun looked back through its whole clause for a verb governing it: a long
    /// text of many nouns was quadratic, and the fuzzer's 64 KB inputs timed out. The search now
    /// stops where no verb could govern the noun any more (six words counted back), so 40,000 nouns
    /// give the signals that the first few do, in a moment.
    @Test(.timeLimit(.minutes(1))) func aLongTextOfNounsIsJudgedInLinearTime() {
        let analyzer = MeasurabilityAnalyzer()
        let long = analyzer.analyze("Publish the " + String(repeating: "report ", count: 40_000), language: .en)
        let short = analyzer.analyze("Publish the " + String(repeating: "report ", count: 10), language: .en)
        #expect(long.signals.filter { $0.kind == .deliverable } == short.signals.filter { $0.kind == .deliverable })
        #expect(!short.signals.filter { $0.kind == .deliverable }.isEmpty)
        #expect(long.isVague == short.isVague)
    }

    /// FuzzOGPTable: each cell of a header row normalised every known header again, so wide
    /// tables were slow (a hundred inputs a second). The known headers are now normalised once;
    /// each still names the first column that lists it, whatever its case and punctuation.
    @Test func everyKnownHeaderNamesItsFirstColumn() {
        for column in OGPColumn.allCases {
            for header in column.headers {
                let first = OGPColumn.allCases.first { $0.headers.map(OGPColumn.normalised).contains(OGPColumn.normalised(header)) }
                #expect(OGPColumn.named(header) == first)
                #expect(OGPColumn.named("  " + header.uppercased() + " :") == first)
            }
        }
        #expect(OGPColumn.named("no such column") == nil)
        #expect(OGPColumn.normalised("Commitment Title (EN) \u{212A}") == "commitmenttitleenk", "the Kelvin sign lowercases to k, as before")
    }

    /// FuzzRender: a project summary spelling an escape in YAML (`"\x1b"`) went into the feed as it
    /// was, and a control character makes XML ill-formed. The written site was safe (its files
    /// drop them), but the feed itself was not: it now drops them too.
    @Test func aControlCharacterInASummaryLeavesTheFeedWellFormed() throws {
        let file = "---\nid: fuzz\ntitle: T\nsummary: \"pilot area dem\\x1bcy forums\"\nstatus: active\n---\n"
        let outcome = RecordParser.parse(
            Array(file.utf8), path: "projects/fuzz/project.md", kind: .project, fileID: rid("fuzz"), project: nil, keepBody: true,
            decoder: YAMLDecoder())
        let project = try #require(outcome.record)
        let feed = try SiteFeed(knowledgeBase: KnowledgeBase(settings: .defaults, records: [project]), baseURL: "https://lab.example.org",
            today: Day("2026-06-01")!).xml()
        #expect(feed.contains("pilot area demcy forums"))
        #expect(!feed.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" })
        let parser = XMLParser(data: Data(feed.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
    }

    /// FuzzSearchIndex: a working-tree search index whose key announced 4 billion entries made the
    /// check of the key reserve room for all of them (32 GB) before finding the key too short.
    @Test func aSnapshotKeyAnnouncingBillionsOfEntriesIsNotCurrent() throws {
        let key = Array("worktree:".utf8) + [0xFF, 0xFF, 0xFF, 0xFF] + [UInt8](repeating: 0, count: 64)
        try Support.withTemporaryDirectory { root in
            #expect(key.withUnsafeBytes { WorktreeSnapshot.isCurrent($0, root: root) } == false)
        }
    }
}

import Foundation
import Testing

@testable import PolicyKit
@testable import PolicySearch

/// The reproducers of what the fuzz targets (`Fuzz/`, `scripts/fuzz.sh`) found, each fixed.
@Suite struct FuzzFindingsTests {
    /// FuzzMarkdown: Debian's cmark-gfm took minutes on 20,000 repeats of `![[]()` (its link
    /// brackets cost quadratic time). Past 5,000 brackets they are escaped and shown as text.
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

    /// FuzzSearchIndex: a working-tree search index whose key announced 4 billion entries made the
    /// check of the key reserve room for all of them (32 GB) before finding the key too short.
    @Test func aSnapshotKeyAnnouncingBillionsOfEntriesIsNotCurrent() throws {
        let key = Array("worktree:".utf8) + [0xFF, 0xFF, 0xFF, 0xFF] + [UInt8](repeating: 0, count: 64)
        try Support.withTemporaryDirectory { root in
            #expect(key.withUnsafeBytes { WorktreeSnapshot.isCurrent($0, root: root) } == false)
        }
    }
}

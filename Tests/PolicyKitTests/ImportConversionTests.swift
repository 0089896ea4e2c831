import Foundation
import Testing

@testable import PolicyKit

/// The pieces of `import collection` and `import ogp` on their own: skip patterns, ids from
/// links, heading renames line for line, value tables, and the rating scales of OGP tables.
@Suite struct ImportConversionTests {
    @Test func skipPatternsMatchPartByPart() {
        #expect(GlobPattern.matches("_*.md", "_template.md"))
        #expect(!GlobPattern.matches("_*.md", "template.md"))
        #expect(GlobPattern.matches("archive/*", "archive/old.md"))
        #expect(!GlobPattern.matches("archive/*", "archive/2019/old.md"))
        #expect(GlobPattern.matches("a?c", "abc"))
        // Many stars against a long name end quickly (no exponential backtracking).
        #expect(!GlobPattern.matches(String(repeating: "*a", count: 40) + "b", String(repeating: "a", count: 200)))
        var map = ImportMap()
        map.skip = ["_template.md", "drafts/*"]
        #expect(map.skips("sub/_template.md"))
        #expect(map.skips("drafts/x.md"))
        #expect(!map.skips("x.md"))
    }

    @Test func idsFromLinks() {
        #expect(RecordConversion.slug(ofLink: "/methods/user-interviews/") == RecordID("user-interviews"))
        #expect(RecordConversion.slug(ofLink: "/toolkit/Citizens_Jury.html") == RecordID("citizens-jury"))
        #expect(RecordConversion.slug(ofLink: "/methods/index.html") == RecordID("methods"))
        #expect(RecordConversion.slug(ofLink: "///") == nil)
    }

    /// A setext heading that maps becomes an ATX line and an empty line, so later lines keep their
    /// numbers; a code block's `##` line is not a heading.
    @Test func headingsAreRenamedLineForLine() {
        var map = ImportMap()
        map.sections = ["how to do it": "How to start"]
        let body = "How to do it\n------------\n\n```\n## How to do it\n```\n\n## Unknown\n"
        let outcome = BodyConversion(map: map, kind: .method).convert(body, path: "m.md", firstLine: 5)
        #expect(outcome.lines == ["## How to start", "", "", "```", "## How to do it", "```", "", "## Unknown"])
        #expect(
            outcome.findings.map(\.description) == [
                "m.md:12:1: warning: heading 'Unknown' maps to no section of a method (When to use it, How to start, Things to watch, Considerations in government, Examples), so it is kept as it is; map it under 'sections'"
            ])
    }

    /// Dates keep their day, several keys feed one list, an alias that is the id is dropped, and
    /// a value the table lacks is an error at its place.
    @Test func frontMatterConversion() throws {
        var map = ImportMap()
        map.keys = ["description": "summary", "category": "phases", "permalink": "aliases", "redirect_from": "aliases", "date": "updated"]
        map.values = ["phases": ["Explore": "discover", "Archive": ""]]
        map.defaults = ["status": .text("draft")]
        let file = """
            ---
            title: "Card: sorting"
            description: Sort cards.
            category: [explore, Archive]
            permalink: /methods/card-sorting/
            redirect_from: [/old/cards/, /methods/card-sorting/]
            date: 2019-04-01 10:00:00 +0000
            layout: method
            ---
            Body.
            """
        let outcome = RecordConversion(map: map, kind: .method).convert(Array(file.utf8), path: "_m/card-sorting.md", relativePath: "card-sorting.md")
        let converted = try #require(outcome.converted)
        #expect(
            String(decoding: converted.bytes, as: UTF8.self) == """
                ---
                id: card-sorting
                title: "Card: sorting"
                summary: "Sort cards."
                phases: [discover]
                status: draft
                aliases: [cards]
                updated: 2019-04-01
                ---
                Body.

                """)
        #expect(converted.lineOrigins[4] == 3, "summary came from line 3")
        #expect(outcome.findings.map(\.description).contains { $0.contains("key 'layout' maps to no key of a method record") })

        map.values["phases"] = ["Explore": "discover"]
        let refused = RecordConversion(map: map, kind: .method).convert(Array(file.utf8), path: "_m/card-sorting.md", relativePath: "card-sorting.md")
        #expect(
            refused.findings.filter { $0.severity == .error }.map(\.description) == [
                "_m/card-sorting.md:4:21: error: value 'Archive' of 'category' is not in the map's values for 'phases' (it lists 'Explore')"
            ])
    }

    /// Ratings written as the IRM writes them become the vocabulary's words; each scale keeps its own key.
    @Test func ogpRatings() throws {
        let table = try CSVReader(
            parsing: """
                Commitment ID,Potential impact,Potential for results,Completion,Did it open government?,Public Accountability
                UK0001,Transformative,,Not started,Did not change,x
                uk0002,,Substantial,complete,,no

                """)
        let (rows, findings) = OGPCommitment.rows(of: table, path: "t.csv", country: "uk")
        #expect(findings.isEmpty)
        #expect(rows.map(\.identifier) == ["UK0001", "UK0002"])
        #expect(rows.map(\.line) == [2, 3])
        #expect(
            rows.first?.assessment
                == Assessment(
                    verifiable: nil, ogpValues: [.publicAccountability], potentialImpact: .transformative, completion: .notStarted,
                    openedGovernment: .didNotChange))
        #expect(rows.last?.assessment?.potentialForResults == .substantial)
        #expect(rows.last?.assessment?.completion == .complete)
        #expect(OGPCommitment.rows(of: table, path: "t.csv", country: "FR").rows.isEmpty)
    }
}

import Foundation
import Testing

@testable import PolicyKit

@Suite("Open data export")
struct OpenDataExportTests {
    func files(_ format: OpenDataExport.Format, changes: [String: String] = [:]) throws -> [String: String] {
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try Support.copyFixture("publish-kb", to: root)
            try Support.write(changes, under: root)
            return try OpenDataExport.files(try Support.load(root).knowledgeBase, format: format)
        }
    }

    @Test(arguments: [OpenDataExport.Format.json, .csv])
    func nothingPrivateIsExported(format: OpenDataExport.Format) throws {
        let everything = try files(format).values.joined()
        for secret in [
            "Interview notes with named porters", "intranet.example", "organiser@union.example", "7700 900123",
            "WhatsApp", "ada@example.org", "A draft thought",
        ] {
            #expect(!everything.contains(secret), "\(secret) leaked in \(format)")
        }
        #expect(everything.contains("Quayside survey results"))
        #expect(everything.contains("a citizen group who asked not to be named"))
    }

    @Test func jsonHoldsEveryPublicRecordWithClaimStatuses() throws {
        let text = try #require(try files(.json)["policylab.json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let methods = try #require(document["methods"] as? [[String: Any]])
        #expect(methods.count == 2)
        #expect(methods.first { $0["id"] as? String == "co-design" }?["level"] as? [String] == ["collaborate"])
        #expect((document["projects"] as? [Any])?.count == 1)
        #expect((document["evidence"] as? [Any])?.count == 1)
        #expect((document["lessons"] as? [Any])?.count == 1)
        let claims = try #require(document["claims"] as? [[String: Any]])
        #expect(Set(claims.compactMap { $0["status"] as? String }) == ["verified", "pending"])
        #expect(claims.first { $0["id"] as? String == "timetable-changed" }?["confirmed_by"] as? [String] == ["Harbour Workers Union"])
    }

    /// Key indicators are open data: in the project's JSON, and one CSV row each, escaped like any cell.
    @Test func indicatorsAreExported() throws {
        let json = try #require(try files(.json)["policylab.json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let project = try #require((document["projects"] as? [[String: Any]])?.first)
        #expect(
            project["indicators"] as? [[String: String]] == [
                [
                    "title": "Weekly riders on the 5:45 & 6:00 ferries", "target": "400 a week by March 2024", "actual": "310 a week",
                    "actual_on": "2023-09-15",
                ]
            ])
        let lesson = try #require((document["lessons"] as? [[String: Any]])?.first)
        #expect(
            lesson["sources"] as? [[String: String]] == [
                ["title": "Harbour Lab field notes <summary>", "link": "https://lab.example.gov/notes/quay?week=1&day=mon"]
            ])
        let csv = try files(.csv)
        #expect(
            csv["indicators.csv"]
                == "project,title,target,actual,actual_on\r\nharbour,Weekly riders on the 5:45 & 6:00 ferries,400 a week by March 2024,310 a week,2023-09-15\r\n"
        )
        #expect(csv["lessons.csv"]?.hasSuffix(",https://lab.example.gov/notes/quay?week=1&day=mon\r\n") == true)
    }

    @Test func csvListsSeveralLevels() throws {
        let method = "---\nid: co-design\ntitle: Co-design\nsummary: S.\nphases: [develop]\nstatus: published\nlevel: [involve, collaborate]\n---\n"
        let csv = try #require(try files(.csv, changes: ["toolkit/methods/co-design.md": method])["methods.csv"])
        #expect(csv.contains("\nco-design,Co-design,S.,develop,published,,,,involve; collaborate,,\r\n"), "\(csv)")
    }

    @Test func csvCellsAreQuotedAndFormulasDefused() throws {
        let method = """
            ---
            id: co-design
            title: "=HYPERLINK(\\"http://evil.example\\")"
            summary: "Designing, \\"together\\", with people."
            phases: [develop]
            status: published
            ---

            """
        let csv = try #require(try files(.csv, changes: ["toolkit/methods/co-design.md": method])["methods.csv"])
        #expect(
            csv.contains(
                "co-design,\"'=HYPERLINK(\"\"http://evil.example\"\")\",\"Designing, \"\"together\"\", with people.\",develop,published,,,,,,\r\n"))
        #expect(csv.hasPrefix("id,title,summary,phases,status,time_needed,participants,cost,level,related,updated\r\n"))
    }
}

import Foundation
import Testing

/// `policylab lint-commitments` end to end: the three input layouts, text and JSON output, the
/// language from --lang or the knowledge base, and the exit status a CI relies on.
@Suite struct LintCommitmentsCommandTests {
    static let hint = "Say what will exist, how much, and by when (e.g. 'Publish 5 plain-language guides on ... by March 2025')."

    @Test func markdownListIsReadItemByItemAndVagueOnesFail() throws {
        try CLI.withTemporaryDirectory { dir in
            try """
            # Draft plan

            Some introduction that is not a commitment.

            - Foster partnerships with civil society
            - Publish 5 plain-language guides by March 2025
            """.write(toFile: dir + "/plan.md", atomically: true, encoding: .utf8)
            let run = try CLI.policylab(["lint-commitments", "plan.md"], in: dir)
            #expect(run.status == 1)
            #expect(
                run.stdout == """
                    1: Foster partnerships with civil society
                       vague: no number, date or deliverable; 'foster' describes an aim. \(Self.hint)
                    2: Publish 5 plain-language guides by March 2025
                       checkable: quantity '5 plain-language', date 'March 2025', deliverable 'publish … guides'
                    2 commitments: 1 vague, 1 checkable

                    """)
        }
    }

    @Test func csvColumnAsJSONAndAllCheckablePasses() throws {
        try CLI.withTemporaryDirectory { dir in
            try "id,commitment\n1,\"Launch a new portal, with open data, by June 2018\"\n2,Establish a committee\n"
                .write(toFile: dir + "/plan.csv", atomically: true, encoding: .utf8)
            let run = try CLI.policylab(["lint-commitments", "--column", "commitment", "--format", "json", "plan.csv"], in: dir)
            #expect(run.status == 0)
            let verdicts = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
            #expect(verdicts.map { $0["text"] as? String } == ["Launch a new portal, with open data, by June 2018", "Establish a committee"])
            #expect(verdicts.map { $0["verdict"] as? String } == ["checkable", "checkable"])
            #expect(verdicts[1]["explanation"] as? String == "deliverable 'establish … committee'")
        }
    }

    @Test func unknownColumnIsAUsageError() throws {
        try CLI.withTemporaryDirectory { dir in
            try "id,text\n1,Foster partnerships\n".write(toFile: dir + "/plan.csv", atomically: true, encoding: .utf8)
            let run = try CLI.policylab(["lint-commitments", "--column", "commitment", "plan.csv"], in: dir)
            #expect(run.status == 2)
            #expect(run.stderr == "policylab: error: plan.csv: csv: no column 'commitment' (the header has 'id', 'text')\n")
        }
    }

    @Test func languageComesFromTheOptionOrTheKnowledgeBase() throws {
        try CLI.withTemporaryDirectory { dir in
            try "Open data\n".write(toFile: dir + "/plan.txt", atomically: true, encoding: .utf8)
            let english = try CLI.policylab(["lint-commitments", "plan.txt"], in: dir)
            #expect(english.stdout.contains("vague: no number, date or deliverable"))
            let french = try CLI.policylab(["lint-commitments", "--lang", "fr", "plan.txt"], in: dir)
            #expect(french.stdout.contains("vague : ni nombre, ni date, ni livrable"))
            try CLI.repository(from: "valid-kb", at: dir + "/kb")
            let settings = try String(contentsOfFile: dir + "/kb/policylab.yaml", encoding: .utf8)
            try (settings + "language: fr\n").write(toFile: dir + "/kb/policylab.yaml", atomically: true, encoding: .utf8)
            let fromKB = try CLI.policylab(["lint-commitments", "../plan.txt"], in: dir + "/kb")
            #expect(fromKB.status == 1)
            #expect(fromKB.stdout.contains("vague : ni nombre, ni date, ni livrable"))
        }
    }
}

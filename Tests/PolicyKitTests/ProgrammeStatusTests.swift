import Testing

@testable import PolicyKit

/// The dashboard's counts on the fixture programme (target 2 demonstrators, 2019-03-01 to 2021-09-30).
@Suite("Programme dashboard")
struct ProgrammeStatusTests {
    @Test func countsAgainstTheCommitment() throws {
        let status = ProgrammeStatus(try Support.knowledgeBase(), today: try #require(Day("2020-01-01")))
        #expect(status.commitment == "UK0092")
        #expect(status.period?.daysLeft == 638)
        #expect(status.period?.percentElapsed == 32)
        #expect(status.demonstrators.target == 2)
        #expect(status.demonstrators.total == 1)
        #expect(status.demonstrators.delivered == 0)
        #expect(status.demonstrators.byStatus == ["active": 1])
        #expect(status.milestones.total == 1)
        #expect(status.milestones.due.map(\.title) == ["Publish the panel report"])
        #expect(status.milestones.overdue.isEmpty)
        #expect(status.claims == ["unverified": 0, "pending": 1, "verified": 0, "disputed": 0, "stale": 0])
        #expect(status.lessons == ["published": 1, "draft": 1])
    }

    @Test func deliveryMilestonesAndPeriodMoveWithTime() throws {
        let delivered = """
            ---
            id: alpha
            title: Alpha demonstrator
            summary: Three citizens' panels on local transport, with a published report by March 2020.
            commissioner: Department for Transport
            status: delivered
            demonstrator: true
            stakeholders:
              - id: dft
                name: Department for Transport
                kind: department
            milestones:
              - title: Publish the panel report
                due: 2020-03-31
              - title: Hold 3 panels
                due: 2019-10-01
                done: 2019-09-20
              - title: Foster partnerships
            ---
            """
        let kb = try Support.knowledgeBase(afterChanging: ["projects/alpha/project.md": delivered])
        let status = ProgrammeStatus(kb, today: try #require(Day("2022-01-01")))
        #expect(status.demonstrators.delivered == 1)
        #expect(status.period?.daysLeft == -93)
        #expect(status.period?.percentElapsed == 100)
        #expect(status.milestones.done == 1)
        #expect(status.milestones.overdue.map(\.title) == ["Publish the panel report"])
        #expect(status.milestones.undated == 1)
        #expect(status.vagueCommitments == [
            "projects/alpha/project.md:18:5: warning: vague commitment: milestone 'Foster partnerships' relies on 'foster' with no number, date or concrete deliverable to check it against",
        ])
        let text = StatusReport(status).text()
        #expect(text.contains("Demonstrators: 1 of 2 delivered; 1 demonstrator project: 1 delivered\n"))
        #expect(text.contains("Programme: 2019-03-01 to 2021-09-30, ended 93 days ago (100% of the time elapsed)\n"))
        #expect(text.contains("  overdue since 2020-03-31: alpha: Publish the panel report\n"))
    }
}

/// Real-looking commitment texts, and whether they should be flagged as vague.
@Suite("Vague commitments")
struct VagueLanguageTests {
    static let cases: [(String, [String])] = [
        ("Foster partnerships with civil society", ["foster"]),
        ("Strengthen the capacity of civil servants", ["strengthen"]),
        ("Promote open data across government", ["promote"]),
        ("Work with CSOs to raise awareness of open policy making", ["raise awareness"]),
        ("Renforcer la transparence de l'action publique", ["renforcer"]),
        ("Favoriser la participation citoyenne", ["favoriser"]),
        ("Améliorer l'accès aux données publiques", ["améliorer"]),
        ("Improve engagement and enhance trust", ["improve", "enhance"]),
        // Concrete: a number, a date or a deliverable.
        ("Increase the number of datasets published by 10% by 2023", []),
        ("Strengthen the capacity of 200 civil servants through training", []),
        ("Promote the toolkit through 4 reflection sessions with civil society", []),
        ("Publish the evaluation report by March 2021", []),
        ("Appoint a democracy support contractor following an open competition", []),
        ("Deliver at least 4 demonstrator projects", []),
        ("Renforcer la transparence en publiant un rapport annuel", []),
        ("Support local authorities", ["support"]),
        ("Hold a citizens' assembly with local support", []),
    ]

    @Test(arguments: cases)
    func flagsOnlyUncheckableCommitments(text: String, expected: [String]) {
        #expect(VagueLanguage.vagueWords(in: text) == expected)
    }
}

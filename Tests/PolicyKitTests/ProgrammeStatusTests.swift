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
        // The project is delivered: its open milestones are not late, they lack a recorded outcome.
        #expect(status.milestones.overdue.isEmpty)
        #expect(status.milestones.unrecorded.map(\.title) == ["Publish the panel report", "Foster partnerships"])
        #expect(status.milestones.undated == 0)
        #expect(
            status.vagueCommitments == [
                "projects/alpha/project.md:18:5: warning: vague commitment: milestone 'Foster partnerships': no number, date or deliverable; 'foster' describes an aim. Say what will exist, how much, and by when (e.g. 'Publish 5 plain-language guides on ... by March 2025')."
            ])
        let text = StatusReport(status).text()
        #expect(text.contains("Demonstrators: 1 of 2 delivered; 1 demonstrator project: 1 delivered\n"))
        #expect(text.contains("Programme: 2019-03-01 to 2021-09-30, ended 93 days ago (100% of the time elapsed)\n"))
        #expect(text.contains("Milestones: 1 of 3 done, 0 due, 0 overdue, 2 with no outcome recorded after their project ended\n"))
        #expect(text.contains("  no outcome recorded: alpha: Publish the panel report\n"))
        #expect(!text.contains("overdue since"))
    }

    /// Unknown outcomes are said as such; only open milestones of projects under way can be overdue.
    @Test func outcomesAreNotFailures() throws {
        let active = """
            ---
            id: alpha
            title: Alpha demonstrator
            summary: Three citizens' panels on local transport, with a published report by March 2020.
            commissioner: Department for Transport
            status: active
            demonstrator: true
            stakeholders:
              - id: dft
                name: Department for Transport
                kind: department
            milestones:
              - title: Publish the panel report
                due: 2020-03-31
              - title: Share the lessons in April 2019
                due: 2019-04-30
                outcome: not-reported
              - title: Hold 3 panels
                outcome: done
              - title: Open a panel in every county
                due: 2019-12-31
                outcome: missed
              - title: Run an online panel
                outcome: dropped
              - title: Publish the evaluation
                due: 2023-01-31
            ---
            """
        let kb = try Support.knowledgeBase(afterChanging: ["projects/alpha/project.md": active])
        let status = ProgrammeStatus(kb, today: try #require(Day("2022-01-01")))
        #expect(status.milestones.total == 6)
        #expect(status.milestones.done == 1)
        #expect(status.milestones.overdue.map(\.title) == ["Publish the panel report"])
        #expect(status.milestones.due.map(\.title) == ["Publish the evaluation"])
        #expect(status.milestones.notReported.map(\.title) == ["Share the lessons in April 2019"])
        #expect(status.milestones.missed.map(\.title) == ["Open a panel in every county"])
        #expect(status.milestones.dropped.map(\.title) == ["Run an online panel"])
        #expect(status.milestones.unrecorded.isEmpty)
        let text = StatusReport(status).text()
        #expect(text.contains("Milestones: 1 of 6 done, 1 due, 1 overdue, 1 not reported in the sources, 1 missed, 1 dropped\n"))
        #expect(text.contains("  overdue since 2020-03-31: alpha: Publish the panel report\n"))
        #expect(text.contains("  not reported in the sources (due 2019-04-30): alpha: Share the lessons in April 2019\n"))
        #expect(!text.contains("overdue since 2019-04-30"))
        let alpha = try #require(RecordID("alpha"))
        let project = try #require(kb.project(alpha))
        let today = try #require(Day("2022-01-01"))
        #expect(
            project.milestones.map { MilestoneState($0, in: project, today: today).label(for: $0, project: project) } == [
                "overdue since 2020-03-31", "outcome not reported in the sources (due 2019-04-30)", "done (the sources give no date)",
                "missed (due 2019-12-31)", "dropped", "due 2023-01-31",
            ])
    }

    /// Indicators are listed on the dashboard with their target and latest actual data.
    @Test func indicatorsOnTheDashboard() throws {
        let project = """
            ---
            id: alpha
            title: Alpha demonstrator
            summary: Three citizens' panels on local transport, with a published report by March 2020.
            commissioner: Department for Transport
            status: active
            demonstrator: true
            stakeholders:
              - id: dft
                name: Department for Transport
                kind: department
            indicators:
              - title: Residents who took part
                target: 120 by 2020
                actual: "96"
                actual_on: 2019-11-30
              - title: Councils using the guidance
                target: 10 by 2021
            ---
            """
        let kb = try Support.knowledgeBase(afterChanging: ["projects/alpha/project.md": project])
        let status = ProgrammeStatus(kb, today: try #require(Day("2020-01-01")))
        #expect(status.indicators.map(\.indicator.title) == ["Residents who took part", "Councils using the guidance"])
        let text = StatusReport(status).text()
        #expect(
            text.contains(
                "Indicators: 2\n  alpha: Residents who took part [target: 120 by 2020; latest: 96 (collected 2019-11-30)]\n"
                    + "  alpha: Councils using the guidance [target: 10 by 2021; no actual data yet]\n"))
    }
}

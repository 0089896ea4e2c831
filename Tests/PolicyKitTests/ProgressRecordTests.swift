import Testing

@testable import PolicyKit

/// Milestone outcomes, key indicators and lesson sources: what `check` accepts and the exact
/// messages for what it refuses.
@Suite("Milestone outcomes, indicators and lesson sources")
struct ProgressRecordTests {
    static func beta(_ extra: String, status: String = "delivered") -> String {
        """
        ---
        id: beta
        title: Beta project
        summary: An open consultation on the future of libraries, with 40 public events.
        commissioner: Arts Council
        status: \(status)
        demonstrator: false
        started: 2018-01-10
        methods: [interviews]
        \(extra)
        ---
        """
    }

    @Test func outcomesAreAVocabularyAndDoNotContradictADoneDay() throws {
        let milestones = """
            milestones:
              - title: Publish the report
                due: 2018-06-30
                done: 2018-06-20
                outcome: missed
              - title: Hold 40 events
                outcome: missed
              - title: Open a library lab
                outcome: lost
              - title: Publish the survey
                due: 2018-09-30
                outcome: not-reported
              - title: Run 4 workshops
                done: 2018-05-01
                outcome: done
            """
        try Support.expectFindings(
            afterChanging: ["projects/beta/project.md": Self.beta(milestones)],
            [
                "projects/beta/project.md:11:5: error: milestone 'Publish the report' is done (2018-06-20) and its outcome is 'missed': keep one of them",
                "projects/beta/project.md:15:5: error: milestone 'Hold 40 events' is 'missed' but has no 'due' date to have missed",
                // An unknown outcome is no outcome: the milestone of a delivered project is also reported as lacking one.
                "projects/beta/project.md:17:5: warning: milestone 'Open a library lab' of a delivered project has no outcome: record 'done: DATE' or 'outcome: done|missed|dropped|not-reported'",
                "projects/beta/project.md:18:14: error: unknown milestone outcome 'lost' (expected done, missed, dropped, not-reported)",
            ])
    }

    @Test func anOpenMilestoneOfAnActiveProjectNeedsNoOutcome() throws {
        let milestones = """
            milestones:
              - title: Publish the report
                due: 2018-06-30
            """
        try Support.expectFindings(afterChanging: ["projects/beta/project.md": Self.beta(milestones, status: "active")], [])
    }

    @Test func indicatorsHaveATitleRealDatesAndSomethingToMeasure() throws {
        let indicators = """
            indicators:
              - title: Events held
                target: 40 by December 2018
                actual: "38"
                actual_on: 2018-12-20
              - title: ""
                target: 10
              - title: Visitors
                actual_on: 2018-02-30
              - title: Loans
                actual_on: 2018-03-01
              - title: Members
                target: 500
                actual: 450
                actual_on: 2018-13-01
              - title: Volunteers
            """
        try Support.expectFindings(
            afterChanging: ["projects/beta/project.md": Self.beta(indicators, status: "active")],
            [
                "projects/beta/project.md:15:12: error: 'indicators[1].title' is empty",
                // The date is refused, and what is left measures nothing.
                "projects/beta/project.md:17:5: error: indicator 'Visitors' needs a 'target', an 'actual' or both",
                "projects/beta/project.md:18:16: error: 'indicators[2].actual_on': '2018-02-30' is not a real date",
                "projects/beta/project.md:19:5: error: indicator 'Loans' has 'actual_on' but no 'actual' data",
                "projects/beta/project.md:24:16: error: 'indicators[4].actual_on': '2018-13-01' is not a real date",
                "projects/beta/project.md:25:5: error: indicator 'Volunteers' needs a 'target', an 'actual' or both",
            ])
    }

    @Test func lessonSourcesNeedATitleAndAWebLink() throws {
        let lesson = """
            ---
            id: panels-need-time
            title: Panels need time
            summary: Three evenings were not enough.
            date: 2020-02-01
            status: published
            projects: [alpha]
            sources:
              - title: Involve, citizens' panels
                link: https://involve.org.uk/resources/methods/citizens-panel
              - title: Notes
                link: file:///home/ada/notes.md
              - link: https://example.org/a
              - title: Report
            ---
            """
        try Support.expectFindings(
            afterChanging: ["lessons/panels-need-time.md": lesson],
            [
                "lessons/panels-need-time.md:9:3: error: source 'Notes': 'link' must be an http:// or https:// URL, not 'file:///home/ada/notes.md'",
                "lessons/panels-need-time.md:13:5: error: missing required key 'sources[2].title'",
                "lessons/panels-need-time.md:14:5: error: missing required key 'sources[3].link'",
            ])
    }
}

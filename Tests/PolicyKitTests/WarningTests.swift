import Testing

@testable import PolicyKit

/// Warnings (not errors): vague commitments, lessons tied to nothing, published methods never
/// used, claims without evidence.
@Suite struct WarningTests {
    @Test func vagueMilestonesStatementsAndSummariesWarnWhereTheyAreWritten() throws {
        let project = """
            ---
            id: beta
            title: Beta project
            summary: Promote a culture of openness
            commissioner: Arts Council
            status: active
            demonstrator: false
            methods: [interviews]
            milestones:
              - title: Foster partnerships
              - title: Appoint a democracy support contractor following an open competition
              - title: Increase the number of library users by 10% by 2023
              - title: Strengthen engagement
                measure: 20 events held by June 2020
            ---

            """
        let claim = """
            ---
            id: timetable-changed
            statement: Enhanced trust between riders and the council.
            kind: service-change
            evidence: [panel-report]
            ---

            """
        let hint = "Say what will exist, how much, and by when (e.g. 'Publish 5 plain-language guides on ... by March 2025')."
        try Support.expectFindings(
            afterChanging: ["projects/beta/project.md": project, "projects/alpha/impact/timetable-changed.md": claim],
            [
                "projects/alpha/impact/timetable-changed.md:3:12: warning: vague commitment: statement: no number, date or deliverable; 'enhanced' and 'trust' describe an aim. \(hint)",
                "projects/beta/project.md:4:10: warning: vague commitment: summary: no number, date or deliverable; 'promote' and 'culture' describe an aim. \(hint)",
                "projects/beta/project.md:10:5: warning: vague commitment: milestone 'Foster partnerships': no number, date or deliverable; 'foster' describes an aim. \(hint)",
            ])
    }

    @Test func lessonWithoutProjectOrMethod() throws {
        let lesson = "---\nid: interviews-first\ntitle: Interview first\nsummary: S.\ndate: 2020-05-01\nstatus: draft\nprojects: []\n---\n"
        try Support.expectFindings(
            afterChanging: ["lessons/interviews-first.md": lesson],
            [
                "lessons/interviews-first.md:2:5: warning: lesson names no project or method (add 'projects' or 'methods')"
            ])
    }

    @Test func publishedMethodNeverUsed() throws {
        let futures = "---\nid: futures\ntitle: Futures\nsummary: Several possible futures.\nphases: [discover]\nstatus: published\n---\n"
        try Support.expectFindings(
            afterChanging: ["toolkit/methods/futures.md": futures],
            [
                "toolkit/methods/futures.md:2:5: warning: published method is used by no project or lesson yet"
            ])
        // A method used only by a lesson, or only through its former id, counts as used.
        let lesson = "---\nid: look-ahead\ntitle: Look ahead\nsummary: S.\ndate: 2020-05-01\nstatus: draft\nmethods: [futures]\n---\n"
        try Support.expectFindings(afterChanging: ["toolkit/methods/futures.md": futures, "lessons/look-ahead.md": lesson], [])
        let project = """
            ---
            id: beta
            title: Beta project
            summary: An open consultation on the future of libraries, with 40 public events.
            commissioner: Arts Council
            status: delivered
            demonstrator: false
            methods: [user-interviews]
            ---

            """
        let lessonAboutWorkshops = "---\nid: interviews-first\ntitle: T\nsummary: S.\ndate: 2020-05-01\nstatus: draft\nmethods: [workshops]\n---\n"
        try Support.expectFindings(
            afterChanging: ["projects/beta/project.md": project, "lessons/interviews-first.md": lessonAboutWorkshops],
            [
                "projects/beta/project.md:8:11: warning: 'methods' names 'user-interviews', a former id of method 'interviews' (update the reference)"
            ])
    }

    @Test func claimWithoutEvidence() throws {
        let claim = "---\nid: timetable-changed\nstatement: The council changed 2 rural bus timetables after the panels.\nkind: service-change\n---\n"
        try Support.expectFindings(
            afterChanging: ["projects/alpha/impact/timetable-changed.md": claim],
            [
                "projects/alpha/impact/timetable-changed.md:3:12: warning: claim cites no evidence (add 'evidence: [<evidence id>]')"
            ])
    }

    @Test func datesMustBeOrdered() throws {
        let project = """
            ---
            id: beta
            title: Beta project
            summary: An open consultation on the future of libraries, with 40 public events.
            commissioner: Arts Council
            status: delivered
            demonstrator: false
            started: 2018-01-10
            ended: 2017-12-20
            methods: [interviews]
            milestones:
              - title: Publish the consultation report
                done: 2017-11-01
            ---

            """
        try Support.expectFindings(
            afterChanging: ["projects/beta/project.md": project],
            [
                "projects/beta/project.md:9:8: error: 'ended' (2017-12-20) is before 'started' (2018-01-10)",
                "projects/beta/project.md:12:5: warning: milestone 'Publish the consultation report' is done (2017-11-01) before the project started (2018-01-10)",
            ])
        // Ending on the day it started is fine.
        try Support.expectFindings(
            afterChanging: [
                "projects/beta/project.md":
                    project
                    .replacingOccurrences(of: "ended: 2017-12-20", with: "ended: 2018-01-10")
                    .replacingOccurrences(of: "done: 2017-11-01", with: "done: 2018-01-10")
            ], [])
    }

    @Test func methodSummaryAtMost300Characters() throws {
        func method(summary: String) -> String {
            "---\nid: futures\ntitle: Futures\nsummary: \(summary)\nphases: [discover]\nstatus: draft\n---\n"
        }
        try Support.expectFindings(afterChanging: ["toolkit/methods/futures.md": method(summary: String(repeating: "a", count: 300))], [])
        try Support.expectFindings(
            afterChanging: ["toolkit/methods/futures.md": method(summary: String(repeating: "é", count: 301))],
            [
                "toolkit/methods/futures.md:4:10: error: 'summary' is 301 characters; keep it to one or two sentences (at most 300)"
            ])
    }

    @Test func ogpCommitmentIDs() {
        for good in ["UK0092", "CA0020", "FR0031", "UKR0001.1"] { #expect(TextRule.isCommitmentID(good), "\(good)") }
        for bad in ["uk0092", "UK", "0092", "U0092", "UKXYZ0092", "UK0092a", "UK.1"] { #expect(!TextRule.isCommitmentID(bad), "\(bad)") }
    }
}

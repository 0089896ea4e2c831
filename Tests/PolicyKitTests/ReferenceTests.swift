import Testing

@testable import PolicyKit

/// Every reference resolves: methods, projects, evidence and stakeholders; former ids (aliases)
/// resolve with a hint. Each test changes the clean `valid-kb` fixture and expects exactly the
/// findings that change causes.
@Suite struct ReferenceTests {
    @Test func cleanFixtureHasNoFindings() throws {
        try Support.withTemporaryDirectory { dir in
            try Support.copyFixture("valid-kb", to: dir + "/kb")
            try Support.expectCheck(dir + "/kb", [])
            #expect(try Support.load(dir + "/kb").knowledgeBase.recordCount == 11)
        }
    }

    @Test func danglingMethodReferences() throws {
        let method = """
            ---
            id: futures
            title: Futures and scenarios
            summary: Structured ways to imagine several possible futures.
            phases: [discover]
            status: draft
            related: [workshop, futures]
            supersedes: [horizon-scanning]
            ---

            """
        try Support.expectFindings(
            afterChanging: ["toolkit/methods/futures.md": method],
            [
                "toolkit/methods/futures.md:7:11: error: 'related' names unknown method 'workshop' (did you mean 'workshops'?)",
                "toolkit/methods/futures.md:7:21: error: 'related' names the method itself",
                "toolkit/methods/futures.md:8:14: error: 'supersedes' names unknown method 'horizon-scanning'",
            ])
    }

    @Test func danglingProjectMethods() throws {
        let project = """
            ---
            id: beta
            title: Beta project
            summary: An open consultation on the future of libraries, with 40 public events.
            commissioner: Arts Council
            status: delivered
            demonstrator: false
            methods: [interviews, intervews, ethnography]
            ---

            """
        try Support.expectFindings(
            afterChanging: ["projects/beta/project.md": project],
            [
                "projects/beta/project.md:8:23: error: 'methods' names unknown method 'intervews' (did you mean 'interviews'?)",
                "projects/beta/project.md:8:34: error: 'methods' names unknown method 'ethnography'",
            ])
    }

    @Test func danglingLessonReferences() throws {
        let lesson = """
            ---
            id: start-early
            title: Start recruitment early
            summary: Panels need two months of recruitment.
            date: 2020-04-10
            status: published
            projects: [alpa, gamma]
            methods: [workshops, panels]
            ---

            """
        try Support.expectFindings(
            afterChanging: ["lessons/start-early.md": lesson],
            [
                "lessons/start-early.md:7:12: error: 'projects' names unknown project 'alpa' (did you mean 'alpha'?)",
                "lessons/start-early.md:7:18: error: 'projects' names unknown project 'gamma'",
                "lessons/start-early.md:8:22: error: 'methods' names unknown method 'panels'",
            ])
    }

    @Test func claimEvidenceMustBeOfTheSameProject() throws {
        let claim = """
            ---
            id: timetable-changed
            statement: The council changed 2 rural bus timetables after the panels.
            kind: service-change
            evidence: [panel-reprot, survey, panel-report]
            ---

            """
        try Support.expectFindings(
            afterChanging: ["projects/alpha/impact/timetable-changed.md": claim],
            [
                "projects/alpha/impact/timetable-changed.md:5:12: error: 'evidence' names unknown evidence 'panel-reprot' of project 'alpha' (did you mean 'panel-report'?)",
                "projects/alpha/impact/timetable-changed.md:5:26: error: 'evidence' names unknown evidence 'survey' of project 'alpha' (evidence 'survey' belongs to project 'beta'; a claim may only cite its own project's evidence)",
            ])
    }

    @Test func claimStakeholdersMustBeStakeholdersOfTheProject() throws {
        let claim = """
            ---
            id: timetable-changed
            statement: The council changed 2 rural bus timetables after the panels.
            kind: service-change
            evidence: [panel-report]
            requested:
              - stakeholder: dtf
                on: 2020-04-01
            verifications:
              - stakeholder: libraries
                verdict: confirmed
                statement_sha256: 0000000000000000000000000000000000000000000000000000000000000000
            ---

            """
        try Support.expectFindings(
            afterChanging: ["projects/alpha/impact/timetable-changed.md": claim],
            [
                "projects/alpha/impact/timetable-changed.md:7:18: error: 'requested' names 'dtf', who is not a stakeholder of project 'alpha' (did you mean 'dft'?)",
                "projects/alpha/impact/timetable-changed.md:10:18: error: 'verifications' names 'libraries', who is not a stakeholder of project 'alpha'",
                "projects/alpha/impact/timetable-changed.md:10:18: warning: verification by 'libraries' is stale: the statement changed after it was given",
            ])
    }

    @Test func duplicateStakeholderIDs() throws {
        let project = """
            ---
            id: beta
            title: Beta project
            summary: An open consultation on the future of libraries, with 40 public events.
            commissioner: Arts Council
            status: delivered
            demonstrator: false
            methods: [interviews]
            stakeholders:
              - id: council
                name: Arts Council
                kind: department
              - id: readers
                name: Readers' forum
                kind: citizen-group
              - id: council
                name: City council
                kind: local-authority
            ---

            """
        try Support.expectFindings(
            afterChanging: ["projects/beta/project.md": project],
            [
                "projects/beta/project.md:16:5: error: duplicate stakeholder id 'council' (first at line 10)"
            ])
    }

    @Test func recordsOfAProjectWithoutProjectFile() throws {
        let evidence = "---\nid: memo\ntitle: Memo\nkind: other\nlink: https://example.org/memo\naccess: public\n---\n"
        let claim = "---\nid: done\nstatement: 3 councils adopted the charter.\nkind: policy-change\nevidence: [memo]\n---\n"
        try Support.expectFindings(
            afterChanging: [
                "projects/zeta/evidence/memo.md": evidence,
                "projects/zeta/impact/done.md": claim,
            ],
            [
                "projects/zeta/evidence/memo.md: error: evidence of project 'zeta', which has no project.md",
                "projects/zeta/impact/done.md: error: impact claim of project 'zeta', which has no project.md",
            ])
    }

    @Test func referenceToAnAliasResolvesWithAHint() throws {
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
        let lesson = """
            ---
            id: interviews-first
            title: Interview before you design
            summary: Interviews shaped the questions the panels answered.
            date: 2020-05-01
            status: draft
            methods: [user-interviews]
            ---

            """
        try Support.expectFindings(
            afterChanging: ["projects/beta/project.md": project, "lessons/interviews-first.md": lesson],
            [
                "lessons/interviews-first.md:7:11: warning: 'methods' names 'user-interviews', a former id of method 'interviews' (update the reference)",
                "projects/beta/project.md:8:11: warning: 'methods' names 'user-interviews', a former id of method 'interviews' (update the reference)",
            ])
        let kb = try Support.knowledgeBase(afterChanging: ["projects/beta/project.md": project])
        let user = try #require(RecordID("user-interviews"))
        #expect(kb.method(user) == nil)
        #expect(kb.resolveMethod(user)?.id.rawValue == "interviews")
        #expect(kb.methodRenamed(from: user)?.id.rawValue == "interviews")
    }

    @Test func aliasCollidingWithAnIDOrAnotherAlias() throws {
        let futures = """
            ---
            id: futures
            title: Futures and scenarios
            summary: Structured ways to imagine several possible futures.
            phases: [discover]
            status: draft
            aliases: [workshops, user-interviews, scenarios]
            ---

            """
        try Support.expectFindings(
            afterChanging: ["toolkit/methods/futures.md": futures],
            [
                "toolkit/methods/futures.md:7:11: error: alias 'workshops' is the id of another method (toolkit/methods/workshops.md)",
                "toolkit/methods/futures.md:7:22: error: alias 'user-interviews' is also an alias of method 'interviews'",
            ])
    }
}

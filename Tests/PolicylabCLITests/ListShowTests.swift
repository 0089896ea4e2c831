import Foundation
import Testing

/// `policylab list` and `policylab show` end to end, on the `valid-kb` fixture.
@Suite struct ListShowTests {
    /// Runs `policylab` in a copy of `valid-kb`.
    static func run(_ arguments: [String]) throws -> Run {
        try CLI.withTemporaryDirectory { dir in
            try CLI.copyFixture("valid-kb", to: dir + "/kb")
            return try CLI.policylab(arguments, in: dir + "/kb")
        }
    }

    /// The shipped Canada record shows its key indicators, text and JSON, and a lesson its sources.
    @Test func showIndicatorsAndLessonSources() throws {
        let text = try CLI.policylab(["show", "project:canada-open-dialogue"], in: CLI.packageRoot)
        #expect(text.status == 0, "\(text)")
        #expect(
            text.stdout.contains(
                "Indicator: Availability of guidance and support that enable consultation practitioners to engage effectively with citizens"
                    + " [target: Guidance published online by June 2018; latest: Principles published in September 2018"), "\(text)")
        #expect(
            text.stdout.contains(
                "Milestone: 20.2 Identify the supports needed to engage stakeholders fully (skills, resources, technology) [outcome not reported in the sources]\n"
            ))
        let json = try CLI.policylab(["show", "project:canada-open-dialogue", "--format", "json"], in: CLI.packageRoot)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let record = try #require(document["record"] as? [String: Any])
        #expect(
            (record["indicators"] as? [[String: Any]])?.map { $0["target"] as? String } == [
                "Policy requirements published online by June 2018", "Guidance published online by June 2018",
            ])
        #expect(
            (record["milestones"] as? [[String: Any]])?.compactMap { $0["outcome"] as? String } == ["done", "not-reported", "done", "not-reported"])
        let lesson = try CLI.policylab(["show", "lesson:measure-engagement-itself"], in: CLI.packageRoot)
        #expect(
            lesson.stdout.contains(
                "Source: Government of Canada: commitment 20, enable open dialogue and open policy making (undated page; latest event reported: September 2018)"
                    + " <https://open.canada.ca/en/commitment-20-enable-open-dialogue-and-open-policy-making>\n"), "\(lesson)")
    }

    @Test func listMethods() throws {
        let run = try Self.run(["list", "methods"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(
            run.stdout == """
                futures     discover         draft      Futures and scenarios
                interviews  discover,define  published  In-depth interviews
                workshops   develop,deliver  published  Co-design workshops

                """)
    }

    @Test func listFilters() throws {
        func ids(_ arguments: [String]) throws -> [String] {
            let run = try Self.run(["list"] + arguments)
            #expect(run.status == 0, "\(arguments): \(run)")
            return run.stdout.split(separator: "\n").map { String($0.prefix { $0 != " " }) }
        }
        #expect(try ids(["methods", "--phase", "discover"]) == ["futures", "interviews"])
        #expect(try ids(["methods", "--status", "published", "--phase", "deliver"]) == ["workshops"])
        #expect(try ids(["methods", "--project", "alpha"]) == ["interviews", "workshops"])
        #expect(try ids(["methods", "--level", "involve"]) == ["workshops"])
        #expect(try ids(["methods", "--level", "consult", "--status", "published"]) == ["interviews"])
        #expect(try ids(["projects", "--method", "interviews"]) == ["alpha", "beta"])
        #expect(try ids(["projects", "--method", "user-interviews"]) == ["alpha", "beta"])
        #expect(try ids(["projects", "--status", "delivered"]) == ["beta"])
        #expect(try ids(["projects", "--tag", "transport"]) == ["alpha"])
        #expect(try ids(["lessons", "--project", "alpha"]) == ["start-early"])
        #expect(try ids(["lessons", "--method", "interviews"]) == ["interviews-first"])
        #expect(try ids(["evidence", "--project", "alpha"]) == ["alpha/field-notes", "alpha/panel-report"])
        #expect(try ids(["claims", "--status", "pending"]) == ["alpha/timetable-changed"])
        #expect(try Self.run(["list", "projects", "--tag", "nothing"]).stdout == "no projects match\n")
    }

    @Test func listClaimsShowsTheDerivedStatus() throws {
        let run = try Self.run(["list", "claims"])
        #expect(run.stdout == "alpha/timetable-changed  pending  The council changed 2 rural bus timetables after the panels.\n")
    }

    @Test func listJSON() throws {
        let run = try Self.run(["list", "projects", "--format", "json"])
        #expect(run.status == 0)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(items.map { $0["ref"] as? String } == ["project:alpha", "project:beta"])
        #expect(items.map { $0["kind"] as? String } == ["project", "project"])
        let alpha = try #require(items.first?["record"] as? [String: Any])
        #expect(alpha["id"] as? String == "alpha")
        #expect(alpha["demonstrator"] as? Bool == true)
        #expect(alpha["started"] as? String == "2019-06-01")
        #expect(alpha["methods"] as? [String] == ["interviews", "workshops"])
    }

    @Test func showMethodListsTheProjectsThatUsedItAndTheLessonsAboutIt() throws {
        let run = try Self.run(["show", "method:interviews"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr == "")
        #expect(
            run.stdout == """
                method:interviews
                In-depth interviews

                Summary: One-to-one conversations that uncover how people experience a policy area.
                Phases: discover, define
                Status: published
                Cost: low
                Participation level: consult
                Related methods: workshops
                Used by projects: alpha, beta
                Lessons: interviews-first

                ## When to use it
                Early, before the problem is framed.

                (toolkit/methods/interviews.md)

                """)
        // By a bare id, and by a former id.
        #expect(try Self.run(["show", "interviews"]).stdout == run.stdout)
        #expect(try Self.run(["show", "user-interviews"]).stdout == run.stdout)
    }

    @Test func showProjectListsItsEvidenceClaimsAndLessons() throws {
        let run = try Self.run(["show", "project:alpha"])
        #expect(run.status == 0, "\(run)")
        #expect(
            run.stdout == """
                project:alpha
                Alpha demonstrator

                Summary: Three citizens' panels on local transport, with a published report by March 2020.
                Commissioner: Department for Transport
                Status: active (demonstrator)
                Period: 2019-06-01
                Methods: interviews, workshops
                Stakeholder: dft (Department for Transport, department)
                Stakeholder: lab-team (Policy Lab, lab)
                Stakeholder: riders (Riders' Union, cso, not public)
                Milestone: Publish the panel report [overdue since 2020-03-31]
                Evidence: alpha/field-notes, alpha/panel-report
                Claims: alpha/timetable-changed
                Lessons: start-early

                ## Background
                Buses in rural areas.

                (projects/alpha/project.md)

                """)
        // A stakeholder's contact is private.
        #expect(!run.stdout.contains("policy@dft.example"))
    }

    @Test func showEvidenceAndClaim() throws {
        let evidence = try Self.run(["show", "alpha/panel-report"])
        #expect(evidence.status == 0, "\(evidence)")
        #expect(
            evidence.stdout.hasPrefix("evidence:alpha/panel-report\nReport of the three panels\n\nProject: alpha\nKind: report\nAccess: public\n"))
        #expect(evidence.stdout.contains("Strength: 2 of 5\n"))
        #expect(evidence.stdout.contains("Cited by claims: alpha/timetable-changed\n"))
        let claim = try Self.run(["show", "claim:alpha/timetable-changed"])
        #expect(claim.status == 0, "\(claim)")
        #expect(claim.stdout.contains("Status: pending\n"))
        #expect(claim.stdout.contains("Evidence: alpha/panel-report\n"))
        #expect(claim.stdout.contains("Requested: dft on 2020-04-01\n"))
    }

    @Test func showJSON() throws {
        let run = try Self.run(["show", "method:interviews", "--format", "json"])
        #expect(run.status == 0, "\(run)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(document["kind"] as? String == "method")
        #expect(document["ref"] as? String == "method:interviews")
        let record = try #require(document["record"] as? [String: Any])
        #expect(record["id"] as? String == "interviews")
        #expect(record["phases"] as? [String] == ["discover", "define"])
        #expect(record["aliases"] as? [String] == ["user-interviews"])
        #expect(record["level"] as? [String] == ["consult"])
        let workshops = try Self.run(["show", "method:workshops", "--format", "json"])
        let workshopsRecord = try #require(
            (try JSONSerialization.jsonObject(with: Data(workshops.stdout.utf8)) as? [String: Any])?["record"] as? [String: Any])
        #expect(workshopsRecord["level"] as? [String] == ["involve", "collaborate"])
        #expect(try Self.run(["show", "method:workshops"]).stdout.contains("\nParticipation level: involve, collaborate\n"))
        let links = try #require(document["links"] as? [String: Any])
        #expect(links["projects"] as? [String] == ["alpha", "beta"])
        #expect(links["lessons"] as? [String] == ["interviews-first"])
        #expect(links["related_methods"] as? [String] == ["workshops"])

        let claim = try Self.run(["show", "claim:alpha/timetable-changed", "--format", "json"])
        let claimDocument = try #require(try JSONSerialization.jsonObject(with: Data(claim.stdout.utf8)) as? [String: Any])
        #expect(claimDocument["status"] as? String == "pending")
    }

    @Test func showErrors() throws {
        var run = try Self.run(["show", "intervews"])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == "policylab: error: no record 'intervews' (did you mean 'interviews'?)\n")
        run = try Self.run(["show", "methd:interviews"])
        #expect(run.stdout == "")
        #expect(
            run.stderr
                == "policylab: error: unknown record kind 'methd' in 'methd:interviews' (expected method, project, evidence, claim, lesson) (did you mean 'method'?)\n"
        )
        #expect(run.status != 0)
        try CLI.withTemporaryDirectory { dir in
            try CLI.copyFixture("valid-kb", to: dir + "/kb")
            try CLI.write(
                "---\nid: workshops\ntitle: On workshops\nsummary: S.\ndate: 2020-01-01\nstatus: draft\nmethods: [workshops]\n---\n",
                to: dir + "/kb/lessons/workshops.md")
            let ambiguous = try CLI.policylab(["show", "workshops"], in: dir + "/kb")
            #expect(ambiguous.status == 1)
            #expect(
                ambiguous.stderr
                    == "policylab: error: 'workshops' names several records: method:workshops, lesson:workshops; say which with kind:id\n")
            #expect(try CLI.policylab(["show", "lesson:workshops"], in: dir + "/kb").status == 0)
        }
    }

    @Test func listOfAKnowledgeBaseWithErrorsWarnsOnStandardError() throws {
        try CLI.withTemporaryDirectory { dir in
            try CLI.copyFixture("broken-kb", to: dir + "/kb")
            let run = try CLI.policylab(["list", "projects"], in: dir + "/kb")
            #expect(run.status == 0)
            #expect(run.stdout.hasPrefix("gamma "))
            #expect(run.stderr.hasPrefix("policylab: warning: "))
            #expect(run.stderr.hasSuffix("could not be read correctly; run 'policylab check'\n"))
        }
    }
}

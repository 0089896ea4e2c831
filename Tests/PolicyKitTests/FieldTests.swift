import Testing

@testable import PolicyKit

/// Required keys, types, vocabularies, unknown keys and dates, each reported where it was written.
@Suite struct FieldTests {
    @Test func scalarWhereAListIsExpected() {
        let text = "---\nid: m\ntitle: T\nsummary: S\nphases: discover\nstatus: draft\n---\n"
        #expect(
            Support.parseFindings(text) == [
                "toolkit/methods/m.md:5:9: error: 'phases' must be a list, such as [a, b] or lines starting with '- '"
            ])
    }

    @Test func phasesMustNotBeEmptyOrMissing() {
        #expect(
            Support.parseFindings("---\nid: m\ntitle: T\nsummary: S\nphases: []\nstatus: draft\n---\n") == [
                "toolkit/methods/m.md:5:9: error: 'phases' must list at least one of discover, define, develop, deliver"
            ])
        #expect(
            Support.parseFindings("---\nid: m\ntitle: T\nsummary: S\nstatus: draft\n---\n") == [
                "toolkit/methods/m.md:2:1: error: missing required key 'phases'"
            ])
    }

    @Test func unknownWordInAList() {
        #expect(
            Support.parseFindings("---\nid: m\ntitle: T\nsummary: S\nphases: [discover, delivr]\nstatus: draft\n---\n") == [
                "toolkit/methods/m.md:5:20: error: unknown phase 'delivr' (expected discover, define, develop, deliver) (did you mean 'deliver'?)"
            ])
    }

    @Test func misspeltStatusGetsAHint() {
        let text = "---\nid: m\ntitle: T\nsummary: S\nphases: [discover]\nstatus: publised\n---\n"
        #expect(
            Support.parseFindings(text) == [
                "toolkit/methods/m.md:6:9: error: unknown status 'publised' (expected draft, published, retired) (did you mean 'published'?)"
            ])
    }

    @Test func levelIsOneWordOrAList() throws {
        func level(_ extra: String) throws -> [Located<ParticipationLevel>] {
            let outcome = Support.parse(Array(Support.method(extra).utf8))
            #expect(outcome.findings.map(\.description) == [])
            guard case .method(let method)? = outcome.record else { throw ParseFailure() }
            return method.level
        }
        #expect(try level("level: involve\n") == [Located(.involve, at: SourcePosition(line: 7, column: 8))])
        #expect(try level("level:\n  - consult\n  - involve\n").map(\.value) == [.consult, .involve])
        #expect(try level("level:\n") == [])
        #expect(try level("") == [])
    }

    struct ParseFailure: Error {}

    @Test func badLevelsSayWhatIsExpected() {
        #expect(
            Support.parseFindings(Support.method("level: involv\n")) == [
                "toolkit/methods/m.md:7:8: error: unknown participation level 'involv' (expected inform, consult, involve, collaborate, empower) (did you mean 'involve'?)"
            ])
        #expect(
            Support.parseFindings(Support.method("level: [consult, colaborate]\n")) == [
                "toolkit/methods/m.md:7:18: error: unknown participation level 'colaborate' (expected inform, consult, involve, collaborate, empower) (did you mean 'collaborate'?)"
            ])
        #expect(
            Support.parseFindings(Support.method("level: []\n")) == [
                "toolkit/methods/m.md:7:8: error: 'level' must name at least one of inform, consult, involve, collaborate, empower"
            ])
        #expect(
            Support.parseFindings(Support.method("level: {high: yes}\n")) == [
                "toolkit/methods/m.md:7:8: error: 'level' must be one of inform, consult, involve, collaborate, empower or a list of them"
            ])
    }

    @Test func unknownWordFarFromAnyGetsNoHint() {
        #expect(
            Support.parseFindings(Support.method("cost: priceless\n")) == [
                "toolkit/methods/m.md:7:7: error: unknown cost 'priceless' (expected low, medium, high)"
            ])
    }

    @Test func unknownKeysGetAHint() {
        #expect(
            Support.parseFindings(Support.method("titel: Typo\nfavourite_colour: blue\n")) == [
                "toolkit/methods/m.md:7:1: error: unknown key 'titel' (did you mean 'title'?)",
                "toolkit/methods/m.md:8:1: error: unknown key 'favourite_colour'",
            ])
        // `url` is what Jekyll and Hugo reserve; evidence says `link`.
        let evidence = "---\nid: e\ntitle: T\nkind: report\nurl: https://example.org\naccess: public\n---\n"
        #expect(
            Support.parseFindings(evidence, path: "projects/p/evidence/e.md", kind: .evidence, project: "p") == [
                "projects/p/evidence/e.md:5:1: error: unknown key 'url'"
            ])
    }

    @Test func unknownKeyInsideAListItemNamesTheItem() {
        let text = """
            ---
            id: p
            title: P
            summary: S
            commissioner: C
            status: active
            demonstrator: true
            stakeholders:
              - id: a
                name: A
                kind: ngo
                emial: a@example.org
            ---

            """
        #expect(
            Support.parseFindings(text, path: "projects/p/project.md", kind: .project) == [
                "projects/p/project.md:11:11: error: unknown stakeholder kind 'ngo' (expected department, local-authority, cso, citizen-group, academic, private, lab, international)",
                "projects/p/project.md:12:5: error: unknown key 'stakeholders[0].emial'",
            ])
    }

    @Test func wrongScalarTypes() {
        let project = """
            ---
            id: p
            title: P
            summary: S
            commissioner: C
            status: active
            demonstrator: maybe
            ---

            """
        #expect(
            Support.parseFindings(project, path: "projects/p/project.md", kind: .project) == [
                "projects/p/project.md:7:15: error: 'demonstrator' must be true or false"
            ])
        let evidence = "---\nid: e\ntitle: T\nkind: report\nlink: https://example.org/r\naccess: public\nstrength: high\n---\n"
        #expect(
            Support.parseFindings(evidence, path: "projects/p/evidence/e.md", kind: .evidence, project: "p") == [
                "projects/p/evidence/e.md:7:11: error: 'strength' must be a whole number"
            ])
    }

    @Test func yamlBooleansAreRead() {
        for (word, expected) in [("true", true), ("yes", true), ("on", true), ("false", false), ("No", false), ("OFF", false)] {
            let text = "---\nid: p\ntitle: P\nsummary: S\ncommissioner: C\nstatus: active\ndemonstrator: \(word)\n---\n"
            let outcome = Support.parse(Array(text.utf8), path: "projects/p/project.md", kind: .project)
            #expect(outcome.findings.map(\.description) == [])
            guard case .project(let project)? = outcome.record else {
                Issue.record("no project for \(word)")
                continue
            }
            #expect(project.demonstrator == expected, "\(word)")
        }
    }

    @Test func mappingWhereTextIsExpected() {
        #expect(
            Support.parseFindings(Support.method("participants: {who: everyone}\n")) == [
                "toolkit/methods/m.md:7:15: error: 'participants' must be text"
            ])
    }

    @Test func listOfMappingsGivenAsText() {
        let text =
            "---\nid: p\ntitle: P\nsummary: S\ncommissioner: C\nstatus: active\ndemonstrator: true\nstakeholders: everyone\nmilestones: [done]\n---\n"
        #expect(
            Support.parseFindings(text, path: "projects/p/project.md", kind: .project) == [
                "projects/p/project.md:8:15: error: 'stakeholders' must be a list of entries starting with '- '",
                "projects/p/project.md:9:14: error: 'milestones[0]' must be a mapping of 'key: value' lines",
            ])
    }

    @Test func missingAndEmptyRequiredKeys() {
        #expect(
            Support.parseFindings("---\nid: m\ntitle: \"  \"\nsummary:\nphases: [discover]\n---\n") == [
                "toolkit/methods/m.md:2:1: error: missing required key 'status'",
                "toolkit/methods/m.md:3:8: error: 'title' is empty",
                "toolkit/methods/m.md:4:9: error: 'summary' is empty",
            ])
    }

    @Test func impossibleAndMalformedDates() {
        #expect(
            Support.parseFindings(Support.method("updated: 2019-02-30\n")) == [
                "toolkit/methods/m.md:7:10: error: 'updated': '2019-02-30' is not a real date"
            ])
        #expect(
            Support.parseFindings(Support.method("updated: 2019-2-3\n")) == [
                "toolkit/methods/m.md:7:10: error: 'updated': '2019-2-3' is not a date (expected YYYY-MM-DD)"
            ])
        #expect(
            Support.parseFindings(Support.method("updated: 3 March 2019\n")) == [
                "toolkit/methods/m.md:7:10: error: 'updated': '3 March 2019' is not a date (expected YYYY-MM-DD)"
            ])
        #expect(
            Support.parseFindings(Support.method("updated: [2019-03-03]\n")) == [
                "toolkit/methods/m.md:7:10: error: 'updated' must be a date (YYYY-MM-DD)"
            ])
        #expect(Support.parseFindings(Support.method("updated: 2020-02-29\n")) == [])
    }

    @Test func datesInsideListItems() {
        let text = """
            ---
            id: p
            title: P
            summary: S
            commissioner: C
            status: active
            demonstrator: true
            milestones:
              - title: Publish the report
                due: 2021-13-01
                done: 2021-06-31
            ---

            """
        #expect(
            Support.parseFindings(text, path: "projects/p/project.md", kind: .project) == [
                "projects/p/project.md:10:10: error: 'milestones[0].due': '2021-13-01' is not a real date",
                "projects/p/project.md:11:11: error: 'milestones[0].done': '2021-06-31' is not a real date",
            ])
    }

    @Test func quotedDatesAndNumbersStayText() {
        // The basic resolver keeps `0012` and `no` as written, where a plain YAML loader reads 10 and false.
        let outcome = Support.parse(Array(Support.method("time_needed: 0012\nparticipants: no\n").utf8))
        #expect(outcome.findings.map(\.description) == [])
        guard case .method(let method)? = outcome.record else {
            Issue.record("no method read")
            return
        }
        #expect(method.timeNeeded == "0012")
        #expect(method.participants == "no")
    }

    @Test func everyProblemOfAFileIsReportedAtOnce() {
        let text = """
            ---
            id: other
            titel: T
            summary: S
            phases: discover
            status: publised
            cost: cheap
            updated: 2019-02-30
            ---

            """
        #expect(
            Support.parseFindings(text) == [
                "toolkit/methods/m.md:2:1: error: missing required key 'title'",
                "toolkit/methods/m.md:2:5: error: id 'other' does not match the file name 'm' (the id must equal the file name)",
                "toolkit/methods/m.md:3:1: error: unknown key 'titel' (did you mean 'title'?)",
                "toolkit/methods/m.md:5:9: error: 'phases' must be a list, such as [a, b] or lines starting with '- '",
                "toolkit/methods/m.md:6:9: error: unknown status 'publised' (expected draft, published, retired) (did you mean 'published'?)",
                "toolkit/methods/m.md:7:7: error: unknown cost 'cheap' (expected low, medium, high)",
                "toolkit/methods/m.md:8:10: error: 'updated': '2019-02-30' is not a real date",
            ])
    }

    @Test func settingsFileIsCheckedLikeRecords() {
        let yaml = """
            name: Lab
            programme:
              start: 2021-01-01
              end: 2020-01-01
              targets:
                demonstrator: 4
            verification:
              required_confirmations: 0
            review:
              maintainers:
                - name: Someone
                  email: nobody
              paths: [toolkit, ../outside]

            """
        let (settings, findings) = SettingsReading.parse(Array(yaml.utf8))
        #expect(
            findings.map(\.description) == [
                "policylab.yaml:6:5: error: unknown key 'programme.targets.demonstrator' (did you mean 'programme.targets.demonstrators'?)"
            ])
        #expect(settings.requiredConfirmations == 0)
        #expect(settings.review.requiredApprovals == 1)
        let kb = KnowledgeBase(settings: settings, records: [])
        let outcome = KnowledgeBaseLoader.Outcome(knowledgeBase: kb, findings: findings)
        #expect(
            Validator.validate(outcome).map(\.description) == [
                "policylab.yaml: error: 'review.paths' entry '../outside' must be a folder inside the repository",
                "policylab.yaml: error: 'verification.required_confirmations' must be at least 1",
                "policylab.yaml: error: maintainer 'Someone' needs an email address (approvals are matched by email)",
                "policylab.yaml: error: programme 'end' (2020-01-01) is before its 'start' (2021-01-01)",
                "policylab.yaml:6:5: error: unknown key 'programme.targets.demonstrator' (did you mean 'programme.targets.demonstrators'?)",
            ])
    }
}

/// `language` in `policylab.yaml`: the language of the records, for the measurability analysis.
@Suite struct SettingsLanguageTests {
    @Test func languageIsReadAndCheckedAgainstItsVocabulary() {
        let (french, none) = SettingsReading.parse(Array("name: Lab\nlanguage: fr\n".utf8))
        #expect(none.isEmpty)
        #expect(french.language == .fr)
        #expect(SettingsReading.parse(Array("name: Lab\n".utf8)).0.language == nil)
        let (_, findings) = SettingsReading.parse(Array("name: Lab\nlanguage: de\n".utf8))
        #expect(findings.map(\.description) == ["policylab.yaml:2:11: error: unknown language 'de' (expected en, fr)"])
    }
}

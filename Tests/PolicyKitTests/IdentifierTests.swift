import Testing

@testable import PolicyKit

/// Ids are slugs equal to their file (or project folder) names, wherever they are written.
@Suite struct IdentifierTests {
    @Test(arguments: ["a", "citizens-assembly", "uk0092", "2019-review", String(repeating: "a", count: 80)])
    func validIDs(text: String) {
        #expect(RecordID.problem(with: text) == nil)
        #expect(RecordID(text)?.rawValue == text)
    }

    @Test(arguments: [
        ("", "an id cannot be empty"),
        (
            "Citizens-Assembly",
            "id 'Citizens-Assembly' is not a slug (use lowercase letters a-z, digits and single hyphens, e.g. 'citizens-assembly')"
        ),
        (
            "citizens assembly",
            "id 'citizens assembly' is not a slug (use lowercase letters a-z, digits and single hyphens, e.g. 'citizens-assembly')"
        ),
        ("..", "id '..' is not a slug (use lowercase letters a-z, digits and single hyphens, e.g. 'citizens-assembly')"),
        ("a/b", "id 'a/b' is not a slug (use lowercase letters a-z, digits and single hyphens, e.g. 'citizens-assembly')"),
        ("../etc", "id '../etc' is not a slug (use lowercase letters a-z, digits and single hyphens, e.g. 'citizens-assembly')"),
        ("a--b", "id 'a--b' is not a slug (use lowercase letters a-z, digits and single hyphens, e.g. 'citizens-assembly')"),
        ("-a", "id '-a' is not a slug (use lowercase letters a-z, digits and single hyphens, e.g. 'citizens-assembly')"),
        ("a-", "id 'a-' is not a slug (it cannot end with a hyphen)"),
        ("café", "id 'café' is not a slug (use lowercase letters a-z, digits and single hyphens, e.g. 'citizens-assembly')"),
        ("a_b", "id 'a_b' is not a slug (use lowercase letters a-z, digits and single hyphens, e.g. 'citizens-assembly')"),
        (String(repeating: "a", count: 81), "id '\(String(repeating: "a", count: 81))' is longer than 80 characters"),
    ])
    func invalidIDs(text: String, problem: String) {
        #expect(RecordID.problem(with: text) == problem)
        #expect(RecordID(text) == nil)
    }

    @Test func recordLocations() {
        let cases: [(String, RecordLocation)] = [
            ("policylab.yaml", .settings),
            ("README.md", .ignored),
            ("docs/guide.md", .ignored),
            ("toolkit", .ignored),
            ("toolkit/methods/ethnography.md", .record(.method, id: "ethnography", project: nil)),
            ("toolkit/methods/README.md", .ignored),
            ("toolkit/methods/.draft.md", .ignored),
            ("toolkit/methods/notes.txt", .misplaced(expected: "toolkit/methods/<id>.md")),
            ("toolkit/ethnography.md", .misplaced(expected: "toolkit/methods/<id>.md")),
            ("toolkit/methods/old/ethnography.md", .misplaced(expected: "toolkit/methods/<id>.md")),
            ("lessons/start-early.md", .record(.lesson, id: "start-early", project: nil)),
            ("lessons/2020/start-early.md", .misplaced(expected: "lessons/<id>.md")),
            ("projects/alpha/project.md", .record(.project, id: "alpha", project: nil)),
            ("projects/alpha/evidence/report.md", .record(.evidence, id: "report", project: "alpha")),
            ("projects/alpha/impact/three-pilots.md", .record(.claim, id: "three-pilots", project: "alpha")),
            ("projects/alpha/evidence/files/report.pdf", .evidenceFile),
            ("projects/alpha/evidence/files/deep/er/data.csv", .evidenceFile),
            (
                "projects/alpha/notes.md",
                .misplaced(
                    expected:
                        "projects/<id>/project.md, projects/<id>/evidence/<id>.md, projects/<id>/impact/<id>.md or projects/<id>/evidence/files/...")
            ),
            (
                "projects/project.md",
                .misplaced(
                    expected:
                        "projects/<id>/project.md, projects/<id>/evidence/<id>.md, projects/<id>/impact/<id>.md or projects/<id>/evidence/files/...")
            ),
            ("projects/Alpha/project.md", .record(.project, id: "Alpha", project: nil)),
            ("toolkit/methods/Bad Name.md", .record(.method, id: "Bad Name", project: nil)),
            // A name that starts with a combining mark: the `/` before it still separates folders,
            // as it does on disk, so the file is a method with a bad id, not an ignored path.
            ("toolkit/methods/\u{301}x.md", .record(.method, id: "\u{301}x", project: nil)),
            ("toolkit/\u{301}x.md", .misplaced(expected: "toolkit/methods/<id>.md")),
        ]
        for (path, expected) in cases {
            #expect(RecordLocation(path: path) == expected, "\(path)")
        }
    }

    @Test func invalidFileAndFolderNames() throws {
        let method = Support.method()
        let findings = try Support.findings(afterChanging: [
            "toolkit/methods/Citizens-Assembly.md": method,
            "toolkit/methods/citizens assembly.md": method,
            "toolkit/methods/a..b.md": method,
            "lessons/lesson-.md": method,
            "projects/Gamma/project.md": method,
            "projects/bad project/evidence/report.md": method,
            "projects/delta/impact/Claim.md": method,
        ])
        let slug = "is not a slug (use lowercase letters a-z, digits and single hyphens, e.g. 'citizens-assembly')"
        #expect(
            findings == [
                "lessons/lesson-.md: error: name 'lesson-' is not a valid id: id 'lesson-' is not a slug (it cannot end with a hyphen)",
                "projects/Gamma/project.md: error: name 'Gamma' is not a valid id: id 'Gamma' \(slug)",
                "projects/bad project/evidence/report.md: error: name 'bad project' is not a valid id: id 'bad project' \(slug)",
                "projects/delta/impact/Claim.md: error: name 'Claim' is not a valid id: id 'Claim' \(slug)",
                "toolkit/methods/Citizens-Assembly.md: error: name 'Citizens-Assembly' is not a valid id: id 'Citizens-Assembly' \(slug)",
                "toolkit/methods/a..b.md: error: name 'a..b' is not a valid id: id 'a..b' \(slug)",
                "toolkit/methods/citizens assembly.md: error: name 'citizens assembly' is not a valid id: id 'citizens assembly' \(slug)",
            ])
    }

    @Test func idInTheFrontMatterMustEqualTheFileName() {
        #expect(
            Support.parseFindings(Support.method(id: "Citizens Assembly")) == [
                "toolkit/methods/m.md:2:5: error: id 'Citizens Assembly' does not match the file name 'm' (the id must equal the file name)"
            ])
        #expect(
            Support.parseFindings(Support.method(id: "../m")) == [
                "toolkit/methods/m.md:2:5: error: id '../m' does not match the file name 'm' (the id must equal the file name)"
            ])
        let project = "---\nid: projects/p\ntitle: P\nsummary: S\ncommissioner: C\nstatus: active\ndemonstrator: true\n---\n"
        #expect(
            Support.parseFindings(project, path: "projects/p/project.md", kind: .project) == [
                "projects/p/project.md:2:5: error: id 'projects/p' does not match the folder name 'p' (the id must equal the folder name)"
            ])
        #expect(
            Support.parseFindings("---\ntitle: T\nsummary: S\nphases: [discover]\nstatus: draft\n---\n") == [
                "toolkit/methods/m.md:2:1: error: missing required key 'id'"
            ])
    }

    @Test func idsInReferencesMustBeSlugs() {
        let slug = "is not a slug (use lowercase letters a-z, digits and single hyphens, e.g. 'citizens-assembly')"
        #expect(
            Support.parseFindings(Support.method("related: [Co-Design, ../etc/passwd, ok]\n")) == [
                "toolkit/methods/m.md:7:11: error: id 'Co-Design' \(slug)",
                "toolkit/methods/m.md:7:22: error: id '../etc/passwd' \(slug)",
            ])
        let project = """
            ---
            id: p
            title: P
            summary: S
            commissioner: C
            status: active
            demonstrator: true
            stakeholders:
              - id: Civil Society
                name: A
                kind: cso
            ---

            """
        #expect(
            Support.parseFindings(project, path: "projects/p/project.md", kind: .project) == [
                "projects/p/project.md:9:9: error: id 'Civil Society' \(slug)"
            ])
    }
}

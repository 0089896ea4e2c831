import Foundation
import Testing

@testable import PolicyKit

/// A record that does not parse gives one finding, its own, which says how many findings that
/// only follow from it are hidden; once it parses they are back.
@Suite struct UnparsedDependentsTests {
    func check(_ edit: (String) -> String, of path: String) throws -> [String] {
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try Support.copyFixture("valid-kb", to: root)
            let text = try String(contentsOfFile: root + "/" + path, encoding: .utf8)
            try Support.write([path: edit(text)], under: root)
            return Validator.validate(try Support.load(root)).map(\.description)
        }
    }

    @Test func aTabInAProjectGivesOneFinding() throws {
        // Without the project, its 2 evidence records, its claim (and the claim's stakeholders), the
        // lesson that names it and the method only it uses would all be reported.
        let findings = try check(
            { $0.replacingOccurrences(of: "\ntitle: Alpha demonstrator", with: "\n\ttitle: Alpha demonstrator") },
            of: "projects/alpha/project.md")
        #expect(
            findings == [
                "projects/alpha/project.md:3:1: error: tab used for indentation: YAML allows only spaces (replace the tab with spaces) "
                    + "(5 findings about records that depend on projects/alpha/project.md are hidden until it parses)"
            ])
    }

    @Test func aMethodThatDoesNotParseHidesTheReferencesToIt() throws {
        let findings = try check({ $0.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: \"") }, of: "toolkit/methods/interviews.md")
        #expect(findings.count == 1)
        #expect(findings.first?.hasPrefix("toolkit/methods/interviews.md:3:8: error: the quoted value of 'title' is not closed") == true)
        #expect(
            findings.first?.hasSuffix("(3 findings about records that depend on toolkit/methods/interviews.md are hidden until it parses)") == true)
    }

    @Test func otherFindingsAreStillReported() throws {
        // A wrong reference to a project that does parse is not hidden by another project's syntax error.
        let findings = try check(
            { $0.replacingOccurrences(of: "\ntitle: Beta project", with: "\n\ttitle: Beta project") }, of: "projects/beta/project.md")
        #expect(findings.count == 1)
        #expect(findings.first?.hasPrefix("projects/beta/project.md:3:1: error: tab used for indentation") == true)
        let unrelated = try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try Support.copyFixture("valid-kb", to: root)
            let beta = try String(contentsOfFile: root + "/projects/beta/project.md", encoding: .utf8)
            let lesson = try String(contentsOfFile: root + "/lessons/start-early.md", encoding: .utf8)
            try Support.write(
                [
                    "projects/beta/project.md": beta.replacingOccurrences(of: "\ntitle: Beta", with: "\n\ttitle: Beta"),
                    "lessons/start-early.md": lesson.replacingOccurrences(of: "projects: [alpha]", with: "projects: [alfa]"),
                ], under: root)
            return Validator.validate(try Support.load(root)).map(\.description)
        }
        #expect(unrelated.contains { $0.contains("'projects' names unknown project 'alfa'") }, "\(unrelated)")
        #expect(unrelated.contains { $0.hasPrefix("projects/beta/project.md:3:1: error: tab used for indentation") })
    }
}

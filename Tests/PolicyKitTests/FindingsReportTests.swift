import Foundation
import Testing

@testable import PolicyKit

/// The three output formats of `check`.
@Suite struct FindingsReportTests {
    static let findings = [
        Finding.error(
            "unknown status 'publised' (expected draft, published, retired) (did you mean 'published'?)",
            in: "toolkit/methods/survey.md", at: SourcePosition(line: 6, column: 9)),
        Finding.warning("no policylab.yaml: using the default settings", in: "policylab.yaml"),
    ]

    @Test func textAndSummary() throws {
        let report = FindingsReport(findings: Self.findings, recordCount: 12)
        #expect(
            try report.render(.text) == """
                toolkit/methods/survey.md:6:9: error: unknown status 'publised' (expected draft, published, retired) (did you mean 'published'?)
                policylab.yaml: warning: no policylab.yaml: using the default settings

                """)
        #expect(report.summary == "12 records checked: 1 error, 1 warning")
        #expect(FindingsReport(findings: [], recordCount: 1).summary == "1 record checked: 0 errors, 0 warnings")
        #expect(try FindingsReport(findings: [], recordCount: 0).render(.text) == "")
    }

    @Test func json() throws {
        let text = try FindingsReport(findings: Self.findings, recordCount: 12).render(.json)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(document["records"] as? Int == 12)
        #expect(document["errors"] as? Int == 1)
        #expect(document["warnings"] as? Int == 1)
        let items = try #require(document["findings"] as? [[String: Any]])
        #expect(items.count == 2)
        #expect(items[0]["path"] as? String == "toolkit/methods/survey.md")
        #expect(items[0]["line"] as? Int == 6)
        #expect(items[0]["column"] as? Int == 9)
        #expect(items[0]["severity"] as? String == "error")
        #expect(items[0]["message"] as? String == Self.findings[0].message)
        #expect(items[1]["severity"] as? String == "warning")
        #expect(items[1]["line"] == nil)
        #expect(items[1]["column"] == nil)
        #expect(text.hasSuffix("}\n"))
    }

    @Test func githubAnnotations() throws {
        #expect(
            try FindingsReport(findings: Self.findings, recordCount: 12).render(.github) == """
                ::error file=toolkit/methods/survey.md,line=6,col=9::unknown status 'publised' (expected draft, published, retired) (did you mean 'published'?)
                ::warning file=policylab.yaml::no policylab.yaml: using the default settings

                """)
    }

    @Test func githubEscaping() throws {
        let finding = Finding.error("100% wrong:\nsecond line, third\r", in: "lessons/a,b:c%d.md", at: SourcePosition(line: 3, column: 4))
        #expect(
            try FindingsReport(findings: [finding], recordCount: 1).render(.github)
                == "::error file=lessons/a%2Cb%3Ac%25d.md,line=3,col=4::100%25 wrong:%0Asecond line, third%0D\n")
    }
}

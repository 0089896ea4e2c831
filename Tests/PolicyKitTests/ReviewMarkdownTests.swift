import Foundation
import Testing

@testable import PolicyKit

/// `review --format markdown`: a report a forge shows on a pull request, that no branch can
/// inject markup into.
@Suite struct ReviewMarkdownTests {
    @Test func aHostileBranchGetsAPlainReportWithItsTableIntact() throws {
        try AuthoringRepository.withFixture { kb in
            let title = "Evil <script>alert(1)</script> | `tick` [x](javascript:alert(2))"
            try Contributor.cso.commit(
                [
                    "toolkit/methods/evil.md": methodText("evil", title: "\"\(title)\""),
                    "toolkit/methods/a|b.md": methodText("a-b"),
                ], on: "proposal", in: kb.root)
            let review = try kb.review()
            let markdown = review.markdown
            #expect(markdown.hasPrefix("## policylab review of `proposal` against `main`\n\n**Verdict: not ready to merge.**"), "\(markdown)")
            #expect(markdown.contains("| added | `method:evil` (`toolkit/methods/evil.md`) |  |\n"), "\(markdown)")
            #expect(markdown.contains("`toolkit/methods/a\\|b.md`"))
            #expect(markdown.contains("### Approvals\n\n0 of 1 required.\n"))
            let html = MarkdownDocument(markdown).html()
            #expect(!html.contains("<script") && !html.contains("href=\"javascript"), "\(html)")
            // Every row of the table has its three cells.
            let rows = html.components(separatedBy: "<tr>").dropFirst()
            #expect(rows.count == review.changes.count + 1)
            for row in rows { #expect(row.components(separatedBy: "<td").count - 1 == 3 || row.contains("<th")) }
        }
    }
}

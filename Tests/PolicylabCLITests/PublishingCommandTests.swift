import Foundation
import Testing

@Suite("Publishing commands end to end")
struct PublishingCommandTests {
    @Test func everyShippedProjectHasAPost() throws {
        for project in [
            "canada-open-dialogue", "france-ministere-ouvert-2017", "innovation-in-democracy",
            "ongoing-open-government-collaboration", "open-policy-making-demonstrators",
        ] {
            let markdown = try CLI.policylab(["summary", project], in: CLI.packageRoot)
            #expect(markdown.status == 0, "\(markdown)")
            #expect(markdown.stdout.hasPrefix("---\ntitle: "))
            let words = markdown.stdout.split(whereSeparator: \.isWhitespace).count
            #expect((250...2_000).contains(words), "\(project): \(words) words")
            let html = try CLI.policylab(["summary", project, "--format", "html"], in: CLI.packageRoot)
            #expect(html.status == 0)
            #expect(html.stdout.components(separatedBy: "<h1>").count == 2, "one h1")
            #expect(html.stdout.contains("<html lang=\"en\">"))
        }
    }

    @Test func writesToAFileAndReportsProblems() throws {
        try CLI.withTemporaryDirectory { dir in
            let out = try CLI.policylab(["summary", "innovation-in-democracy", "--out", dir + "/post.md"], in: CLI.packageRoot)
            #expect(out.status == 0 && out.stdout == "", "\(out)")
            #expect(try String(contentsOfFile: dir + "/post.md", encoding: .utf8).contains("## What the project is doing"))
            // Claims left out are named on standard error, with the flag that includes them.
            let canada = try CLI.policylab(["summary", "canada-open-dialogue", "--out", dir + "/canada.md"], in: CLI.packageRoot)
            #expect(canada.status == 0)
            #expect(
                canada.stderr == "policylab: note: 2 impact claims are left out because not verified yet; "
                    + "--include-unverified includes them, marked as awaiting verification\n")
            let all = try CLI.policylab(
                ["summary", "canada-open-dialogue", "--include-unverified", "--out", dir + "/canada.md"], in: CLI.packageRoot)
            #expect(all.status == 0 && all.stderr == "", "\(all)")
            #expect(try String(contentsOfFile: dir + "/canada.md", encoding: .utf8).contains("(**awaiting verification**)"))
            let unknown = try CLI.policylab(["summary", "innovation-in-democrazy"], in: CLI.packageRoot)
            #expect(unknown.status == 1)
            #expect(unknown.stderr == "policylab: error: no project 'innovation-in-democrazy' (did you mean 'innovation-in-democracy'?)\n")
            try CLI.copyFixture("valid-kb", to: dir + "/plain")
            let digest = try CLI.policylab(["digest"], in: dir + "/plain")
            #expect(digest.status == 3)
            #expect(digest.stderr == "policylab: error: digest reads the git history, and this knowledge base is not in a git repository\n")
        }
    }

    @Test func digestOfTheShippedKnowledgeBase() throws {
        let run = try CLI.policylab(["digest", "--since", "2000-01-01", "--format", "html"], in: CLI.packageRoot)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("<h2>The toolkit</h2>"))
        #expect(run.stdout.contains("<h2>Thank you</h2>"))
    }
}

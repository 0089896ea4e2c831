import Foundation
import Testing

/// The dated pages and the charts in a real browser (headless chromium, from `file://`): a
/// knowledge base with three commits on three days shows when its method was published and last
/// updated and lists the two commits that changed it, and the home page's charts carry their
/// text alternatives.
@Suite("Site dates and charts in a browser")
struct SiteBrowserDatesTests {
    /// Commits everything in `root` with `git`, as Ada on `day`.
    static func commit(_ message: String, on day: String, in root: String) throws {
        var environment = CLI.baseEnvironment()
        environment.merge([
            "GIT_AUTHOR_NAME": "Ada Lab", "GIT_AUTHOR_EMAIL": "ada@lab.example", "GIT_COMMITTER_NAME": "Ada Lab",
            "GIT_COMMITTER_EMAIL": "ada@lab.example", "GIT_AUTHOR_DATE": day + "T09:00:00Z", "GIT_COMMITTER_DATE": day + "T09:00:00Z",
        ]) { $1 }
        for arguments in [["add", "-A"], ["commit", "-q", "-m", message]] {
            let run = try CLI.run("/usr/bin/git", arguments, in: root, environment: environment)
            try #require(run.status == 0, "\(run)")
        }
    }

    @Test func aMethodPageShowsItsDatesAndUpdatesAndTheHomePageItsCharts() throws {
        try CLI.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try CLI.copyFixture("publish-kb", to: root)
            _ = try CLI.git(["init", "-q", "-b", "main"], in: root)
            try Self.commit("Add the knowledge base", on: "2024-01-01", in: root)
            let path = root + "/toolkit/methods/co-design.md"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try CLI.write(text + "\n\n", to: path)
            try Self.commit("Blank lines only", on: "2024-02-02", in: root)
            try CLI.write(text.replacingOccurrences(of: "summary: Designing", with: "summary: Shaping"), to: path)
            try Self.commit("Sharper summary", on: "2024-03-03", in: root)
            let build = try CLI.policylab(["site", "--out", dir + "/site", "--date", "2024-06-01"], in: root)
            try #require(build.status == 0, "\(build)")

            let method = try Browser.load(file: dir + "/site/methods/co-design.html")
            #expect(method.consoleMessages == [])
            #expect(
                method.dom.contains(
                    "Published <time datetime=\"2024-01-01\">1 January 2024</time>, last updated <time datetime=\"2024-03-03\">3 March 2024</time>."))
            let updates = try #require(
                method.dom.firstMatch(of: /<section class="updates" id="updates"[^>]*>([\s\S]*?)<\/section>/).map { String($0.1) })
            #expect(
                updates.contains(
                    "<li><time datetime=\"2024-03-03\">3 March 2024</time>: Sharper summary</li>\n<li><time datetime=\"2024-01-01\">1 January 2024</time>: Add the knowledge base</li>"
                ),
                "\(updates)")
            #expect(!updates.contains("Blank lines only") && !updates.contains("ada@lab.example"))

            let home = try Browser.load(file: dir + "/site/index.html")
            for id in ["chart-timeline", "chart-demonstrators", "chart-claims"] {
                #expect(home.dom.contains("aria-labelledby=\"\(id)-title \(id)-desc\""), "\(id)")
                #expect(home.dom.contains("<title id=\"\(id)-title\">") && home.dom.contains("<desc id=\"\(id)-desc\">"), "\(id)")
            }
            #expect(home.dom.components(separatedBy: "<details class=\"chart-data\">").count == 4)
        }
    }
}

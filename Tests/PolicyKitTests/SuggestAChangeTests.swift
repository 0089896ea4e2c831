import Foundation
import Testing

@testable import PolicyKit

/// "Suggest a change to this page": every record page of the site links to the forge's web editor
/// for its file, and to the forge's new-issue form; no link without a repository.
@Suite struct SuggestAChangeTests {
    private func site(repository: String?) throws -> [String: String] {
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try Support.copyFixture("publish-kb", to: root)
            if let repository {
                let settings = try String(contentsOfFile: root + "/policylab.yaml", encoding: .utf8)
                try Support.write(["policylab.yaml": settings + repository], under: root)
            }
            try SiteTests().build(root, into: dir + "/site")
            return try SiteTests.files(of: dir + "/site")
        }
    }

    @Test func githubLinksEditTheRecordAndPrefillAnIssue() throws {
        let files = try site(repository: "repository:\n  url: https://github.com/harbour-lab/kb.git\n  branch: main\n  forge: github\n")
        let method = try #require(files["methods/co-design.html"])
        #expect(
            method.contains("<a href=\"https://github.com/harbour-lab/kb/edit/main/toolkit/methods/co-design.md\">Suggest a change to this page</a>"),
            "\(method)")
        #expect(
            method.contains(
                "href=\"https://github.com/harbour-lab/kb/issues/new?title=Problem%20on%20the%20page%20%22Co-design%22&amp;body=Page%3A%20Co-design%0AFile%3A%20toolkit%2Fmethods%2Fco-design.md%0A"
            ))
        #expect(files["projects/harbour.html"]?.contains("/edit/main/projects/harbour/project.md\"") == true)
        #expect(files["lessons/go-where-people-are.html"]?.contains("/edit/main/lessons/go-where-people-are.md\"") == true)
        // A page that shows no single record offers the issue form only.
        let index = try #require(files["index.html"])
        #expect(!index.contains("Suggest a change") && index.contains("Report a problem with this page"))
    }

    @Test func gitlabAndGiteaUseTheirOwnPaths() throws {
        let gitlab = try site(repository: "repository:\n  url: https://gitlab.example.gov/lab/kb\n  branch: live\n  forge: gitlab\n")
        #expect(gitlab["methods/co-design.html"]?.contains("https://gitlab.example.gov/lab/kb/-/edit/live/toolkit/methods/co-design.md") == true)
        #expect(gitlab["methods/co-design.html"]?.contains("https://gitlab.example.gov/lab/kb/-/issues/new?issue%5Btitle%5D=") == true)
        let gitea = try site(repository: "repository:\n  url: https://code.example.org/lab/kb\n  forge: gitea\n")
        #expect(gitea["methods/co-design.html"]?.contains("https://code.example.org/lab/kb/_edit/main/toolkit/methods/co-design.md") == true)
    }

    @Test func noRepositoryNoLink() throws {
        for (path, text) in try site(repository: nil) where path.hasSuffix(".html") {
            #expect(!text.contains("Suggest a change") && !text.contains("Report a problem"), "\(path)")
        }
    }

    @Test func aRepositoryThatIsNotAnHTTPSAddressIsAnError() throws {
        let (_, findings) = SettingsReading.parse(Array("name: KB\nrepository:\n  url: javascript:alert(1)\n  forge: github\n".utf8))
        #expect(
            findings.map(\.description) == [
                "policylab.yaml:3:8: error: 'repository.url' must be the repository's https:// web address, such as https://github.com/lab/kb, not 'javascript:alert(1)'"
            ])
        let (_, forge) = SettingsReading.parse(Array("name: KB\nrepository:\n  url: https://x.example/kb\n  forge: bitbucket\n".utf8))
        #expect(forge.first?.message.hasPrefix("unknown forge 'bitbucket' (expected github, gitlab, gitea)") == true, "\(forge)")
    }
}

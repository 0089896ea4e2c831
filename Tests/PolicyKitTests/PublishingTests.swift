import Foundation
import PolicylabTestSupport
import GitKit
import Testing

@testable import PolicyKit

/// Summaries and digests: golden files reviewed in diffs, and proofs that nothing private leaks.
/// Set POLICYLAB_UPDATE_GOLDEN=1 to rewrite the golden files after an intended change.
@Suite("Publishing")
struct PublishingTests {
    static let date = Day("2023-11-01")!

    func publisher(_ root: String, _ configure: (inout Publisher.Options) -> Void = { _ in }) throws -> Publisher {
        var options = Publisher.Options()
        options.date = Self.date
        configure(&options)
        let outcome = try Support.load(root)
        return Publisher(source: .directory(root), knowledgeBase: outcome.knowledgeBase, options: options)
    }

    func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let difference = try Golden.difference(text, name)
        #expect(difference == nil, Comment(rawValue: difference ?? ""), sourceLocation: sourceLocation)
    }

    @Test func summaryInMarkdownAndHTML() throws {
        let root = try Support.fixture("publish-kb")
        try expectGolden(try publisher(root).summary(of: rid("harbour")), "summary-harbour.md")
        try expectGolden(try publisher(root) { $0.format = .html }.summary(of: rid("harbour")), "summary-harbour.html")
    }

    /// The post of every shipped project, reviewed as prose in the golden files; and the rules a
    /// post keeps: no tool internals, no ISO dates in the text, no empty section, no repeated paragraph.
    @Test func everyShippedProjectReadsAsAPost() throws {
        let root = Support.packageRoot
        let outcome = try Support.load(root)
        #expect(outcome.knowledgeBase.projects.count == 5)
        for project in outcome.knowledgeBase.projects {
            let post = try Publisher(
                source: .directory(root), knowledgeBase: outcome.knowledgeBase,
                options: {
                    var options = Publisher.Options()
                    options.date = Day("2026-12-01")!
                    return options
                }()
            ).summary(of: project.id)
            try expectGolden(post, "shipped-\(project.id).md")
            let body = Publisher.droppingFrontMatter(post)
            for phrase in ["knowledge base", "policylab", "Policy Lab's demonstrator", "the Policy Lab", "(the sources give no date)"] {
                #expect(!body.contains(phrase), "\(project.id): '\(phrase)'")
            }
            // Dates in words: an ISO date may only appear inside a link's address.
            let withoutLinks = body.replacingOccurrences(of: #"\]\([^)]*\)"#, with: "]", options: .regularExpression)
            #expect(withoutLinks.range(of: #"\b\d{4}-\d{2}-\d{2}\b"#, options: .regularExpression) == nil, "\(project.id)")
            let lines = body.split(separator: "\n", omittingEmptySubsequences: true)
            for (index, line) in lines.enumerated() where line.hasPrefix("## ") {
                #expect(index + 1 < lines.count && !lines[index + 1].hasPrefix("## "), "\(project.id): empty section \(line)")
            }
            let paragraphs = body.components(separatedBy: "\n\n").filter { $0.count > 80 }
            #expect(Set(paragraphs).count == paragraphs.count, "\(project.id): a paragraph is repeated")
            #expect(!body.contains("(Lead institution)") && !body.contains(") ("), "\(project.id): double brackets")
        }
    }

    @Test func theLabsOwnNameAndVoice() throws {
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try Support.copyFixture("publish-kb", to: root)
            try Support.write(["policylab.yaml": "name: My Lab knowledge base\n"], under: root)
            let post = try publisher(root).summary(of: rid("harbour"))
            #expect(post.contains("author: \"My Lab\""))
            #expect(post.contains("It is one of My Lab's demonstrator projects."))
            #expect(post.contains("Methods from My Lab's toolkit that the project used:"))
            #expect(!post.contains("Policy Lab") && !post.contains("Harbour Lab's"))
            // Harbour Lab is not this lab: the post does not say "we" for its work.
            #expect(post.contains("## What the project did") && post.contains("## What was learned") && post.contains("The project reached:"))
            #expect(!post.contains("What we did") && !post.contains("We reached"))
        }
    }

    @Test func unverifiedClaimsOnlyWhenAskedAndMarked() throws {
        let root = try Support.fixture("publish-kb")
        let pending = "Ferry use by shift workers rose by 15% in 2023."
        #expect(!(try publisher(root).summary(of: rid("harbour"))).contains(pending))
        let withThem = try publisher(root) { $0.includeUnverified = true }.summary(of: rid("harbour"))
        #expect(withThem.contains("- \(pending) (**awaiting verification**)\n"))
    }

    /// Hostile text everywhere, restricted evidence, contacts and a private stakeholder: none of it leaks.
    @Test(arguments: [Publisher.Format.markdown, .html])
    func nothingPrivateOrHostileLeaks(format: Publisher.Format) throws {
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try Support.copyFixture("publish-kb", to: root)
            let projectPath = root + "/projects/harbour/project.md"
            var project = try String(contentsOfFile: projectPath, encoding: .utf8)
            project = project.replacingOccurrences(
                of: "title: Harbour ferries for shift workers",
                with: "title: \"<script>alert(1)</script> [x](javascript:alert(1)) **bold**\"")
            project = project.replacingOccurrences(
                of: "We talked to 40 people",
                with: "<img src=x onerror=alert(1)> [click](javascript:alert(2)) We talked to 40 people")
            try Support.write(["projects/harbour/project.md": project], under: root)
            // A custom template that tries to reach what it must not.
            try Support.write(
                [
                    "templates/summary.md.mustache":
                        "{{% CONTENT_TYPE: MARKDOWN }}{{title}}|{{contact}}|{{#people}}{{name}}{{contact}}{{/people}}|{{#evidence}}{{title}}{{/evidence}}|{{#claims}}{{statement}}{{/claims}}\n"
                ], under: root)
            for useCustomTemplate in [false, true] {
                if !useCustomTemplate { try FileManager.default.removeItem(atPath: root + "/templates/summary.md.mustache") }
                let output = try publisher(root) {
                    $0.format = format; $0.includeUnverified = true
                }.summary(of: rid("harbour"))
                for secret in ["Interview notes with named porters", "intranet.example", "organiser@union.example", "7700 900123", "WhatsApp"] {
                    #expect(!output.contains(secret), "\(secret) leaked (custom template: \(useCustomTemplate))")
                }
                if format == .html {
                    #expect(!output.contains("<script"))
                    #expect(!output.contains("<img"))
                    #expect(!output.contains("href=\"javascript"))
                    #expect(output.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
                } else {
                    // The text may show "javascript:", escaped; no link may point there.
                    let body = Publisher.droppingFrontMatter(output)
                    #expect(!body.replacingOccurrences(of: "\\]", with: "").contains("](javascript"), "\(body)")
                    #expect(!body.replacingOccurrences(of: "\\<", with: "").contains("<img"), "\(body)")
                    #expect(body.contains("\\<img src=x onerror=alert(1)\\>"), "shown as text")
                }
            }
        }
    }

    @Test func titlesAreEscapedForMarkdown() {
        #expect(
            MarkdownText.escape("<script>alert(1)</script> [x](javascript:alert(1)) **bold**")
                == "\\<script\\>alert(1)\\</script\\> \\[x\\](javascript:alert(1)) \\*\\*bold\\*\\*")
        #expect(MarkdownText.escape("# not a heading") == "\\# not a heading")
        #expect(MarkdownText.escape("2019. A year") == "2019\\. A year")
        #expect(MarkdownText.escape("Food & Rural\nAffairs") == "Food \\& Rural Affairs")
    }

    @Test func templatesAreOverriddenAndTheirErrorsLocated() throws {
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try Support.copyFixture("publish-kb", to: root)
            try Support.write(["templates/summary.md.mustache": "{{% CONTENT_TYPE: MARKDOWN }}Post: {{title}}\n"], under: root)
            #expect(try publisher(root).summary(of: rid("harbour")) == "Post: Harbour ferries for shift workers\n")
            try Support.write(["elsewhere.mustache": "By file: {{commissioner}}\n"], under: dir)
            #expect(
                try publisher(root) { $0.template = dir + "/elsewhere.mustache" }.summary(of: rid("harbour")) == "By file: Harbour Borough Council\n")
            try Support.write(["templates/summary.md.mustache": "line one\n{{#claims}}\n{{statement}}\n{{/people}}\n"], under: root)
            #expect(
                throws: PublishError.template(
                    "templates/summary.md.mustache:4:4: error: template: a section is closed with another name than it was opened with in '{{/people}}'"
                )
            ) {
                try publisher(root).summary(of: rid("harbour"))
            }
        }
    }

    @Test func digestOfAPeriod() throws {
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try Support.copyFixture("publish-kb", to: root)
            let head = try Support.commitEverything(in: root)
            let repository = try Repository.open(at: root)
            let outcome = try KnowledgeBaseLoader.load(from: .revision(gitDirectory: repository.gitDirectory, commit: head))
            let paths = outcome.knowledgeBase.lessons.map(\.source.path) + outcome.knowledgeBase.methods.map(\.source.path)
            let activity = try PeriodActivity(repository: repository, head: head, since: Day("2023-06-01")!, until: Day("2023-12-31")!, paths: paths)
            #expect(activity.contributors == ["Ada Lovelace"])
            var options = Publisher.Options()
            options.date = Day("2023-12-31")!
            let digest = try Publisher(
                source: .revision(gitDirectory: repository.gitDirectory, commit: head), knowledgeBase: outcome.knowledgeBase, options: options
            )
            .digest(of: activity)
            try expectGolden(digest, "digest-2023.md")
            #expect(!digest.contains("WhatsApp"))
            #expect(!digest.contains("A draft thought"))
            let quiet = try PeriodActivity(repository: repository, head: head, since: Day("2024-01-01")!, until: Day("2024-02-01")!, paths: paths)
            #expect(quiet.commitCount == 0)
        }
    }
}

import Foundation
import Mustache
import Testing

@testable import PolicyKit

/// Mustache looks a name that a context lacks up in the enclosing contexts: an evidence item with no
/// summary once printed its project's summary. Every view defines every key it may use, empty when
/// absent; these tests render records with every optional field missing, through the built-in
/// templates and through custom ones that ask each item for every key it has.
@Suite struct TemplateFallThroughTests {
    /// Records with only their required keys (and a stakeholder, a milestone, an indicator and a
    /// claim with only theirs), so that every optional field of every view is empty.
    static let minimal: [String: String] = [
        "policylab.yaml": "name: Minimal Lab\n",
        "toolkit/methods/m.md": "---\nid: m\ntitle: Method M\nsummary: Method summary.\nphases: [discover]\nstatus: published\n---\n",
        "projects/p/project.md": """
        ---
        id: p
        title: Project P
        summary: Project summary.
        commissioner: Council C
        status: active
        demonstrator: false
        methods: [m]
        stakeholders:
          - id: s
            name: Stakeholder S
            kind: cso
        milestones:
          - title: Milestone M
        indicators:
          - title: Indicator I
            target: Ten
        ---

        """,
        "projects/p/evidence/e.md": "---\nid: e\ntitle: Evidence E\nkind: report\naccess: public\nlink: https://example.org/e\n---\n",
        "projects/p/impact/c.md": "---\nid: c\nstatement: Ten people came to 2 meetings.\nkind: participation\n---\n",
        "lessons/l.md": "---\nid: l\ntitle: Lesson L\nsummary: Lesson summary.\ndate: 2023-01-01\nstatus: published\nprojects: [p]\n---\n",
    ]

    func withMinimalKnowledgeBase<T>(_ body: (String, KnowledgeBase) throws -> T) throws -> T {
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try Support.write(Self.minimal, under: root)
            let outcome = try Support.load(root)
            #expect(Validator.validate(outcome).filter { $0.severity == .error } == [])
            return try body(root, outcome.knowledgeBase)
        }
    }

    func summary(_ root: String, _ kb: KnowledgeBase, template: String? = nil) throws -> String {
        var options = Publisher.Options()
        options.date = Day("2024-01-01")!
        options.includeUnverified = true
        options.template = template
        return try Publisher(source: .directory(root), knowledgeBase: kb, options: options).summary(of: rid("p"))
    }

    @Test func theBuiltInSummaryPrintsNothingOfTheProjectInItsItems() throws {
        try withMinimalKnowledgeBase { root, kb in
            let post = Publisher.droppingFrontMatter(try summary(root, kb))
            #expect(post.components(separatedBy: "Project summary.").count == 2, "the lead only: \(post)")
            #expect(post.contains("\n- [Evidence E](https://example.org/e): a report.\n"), "\(post)")
            #expect(post.contains("\n- Stakeholder S\n"))
            #expect(post.contains("\n- Milestone M: planned, no date set.\n"))
            #expect(post.contains("\n- **Indicator I.** Target: Ten. No figure has been published yet.\n"))
            #expect(post.contains("\n- Ten people came to 2 meetings. (**awaiting verification**)\n"))
            #expect(post.contains("\n- **Lesson L.** Lesson summary.\n"))
        }
    }

    @Test func theSitesProjectPageToo() throws {
        try withMinimalKnowledgeBase { root, kb in
            try Support.withTemporaryDirectory { dir in
                _ = try SiteBuilder(source: .directory(root), knowledgeBase: kb, options: SiteBuilder.Options()).build(into: dir + "/site")
                let page = try String(contentsOfFile: dir + "/site/projects/p.html", encoding: .utf8)
                #expect(page.components(separatedBy: "Project summary.").count == 3, "the lead and the page's description only: \(page)")
                #expect(page.contains("<a href=\"https://example.org/e\">Evidence E</a>: a report.</li>"), "\(page)")
            }
        }
    }

    /// A custom template that asks every item of every list in the view for every key the item
    /// has: each must print the item's own value, or nothing, never the enclosing view's.
    @Test func customTemplatesSeeEveryKeyOfEveryItem() throws {
        try withMinimalKnowledgeBase { root, kb in
            let policy = PublicationPolicy(knowledgeBase: kb, includeUnverified: true)
            let project = try #require(kb.project(rid("p")))
            let view = SummaryView(project: project, policy: policy, byline: "B", date: Day("2024-01-01")!, links: SiteLinker(siteURL: nil))
            let (template, expected) = Self.probe(view)
            #expect(expected.contains("evidence.summary=[]"), "the case of the bug is covered")
            try Support.withTemporaryDirectory { dir in
                try Support.write(["probe.mustache": template], under: dir)
                let output = try summary(root, kb, template: dir + "/probe.mustache")
                #expect(output == expected, "\(output.split(separator: "\n").filter { !expected.split(separator: "\n").contains($0) })")
            }
            // The digest's views, built directly with every optional field empty.
            let digest = DigestView(
                frontMatter: "", title: "Digest title", period: "P", lab: "L", introduction: "Digest introduction",
                projectsStarted: [], projectsDelivered: [], milestones: [], verifiedClaims: [], disputedClaims: nil,
                disputedNote: nil, newLessons: [.init(title: "New lesson", summary: "New summary", url: nil)], updatedLessons: [],
                newMethods: [], updatedMethods: [], contributors: [], commitCount: 0)
            let (digestTemplate, digestExpected) = Self.probe(digest)
            #expect(try MustacheTemplate(string: digestTemplate).render(view: digest) == digestExpected)
        }
    }

    /// A template printing `list.key=[value]` for every key of every item of every list of `view`,
    /// and `key=[value]` for its optional fields; and what it must print.
    static func probe(_ view: Any) -> (template: String, expected: String) {
        var template = "", expected = ""
        for child in Mirror(reflecting: view).children {
            guard let label = child.label else { continue }
            let value = Mirror(reflecting: child.value)
            if value.displayStyle == .optional {
                template += "\(label)=[{{{\(label)}}}]\n"
                expected += "\(label)=[\(text(child.value))]\n"
                continue
            }
            guard let items = child.value as? [Any], let first = items.first, Mirror(reflecting: first).displayStyle == .struct else { continue }
            template += "{{#\(label)}}"
            for key in Mirror(reflecting: first).children.compactMap(\.label) {
                template += "\(label).\(key)=[{{{\(key)}}}]\n"
            }
            template += "{{/\(label)}}"
            for item in items {
                for field in Mirror(reflecting: item).children {
                    expected += "\(label).\(field.label ?? "")=[\(text(field.value))]\n"
                }
            }
        }
        return (template, expected)
    }

    /// How Mustache prints a value: nothing for nil.
    static func text(_ value: Any) -> String {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional { return mirror.children.first.map { text($0.value) } ?? "" }
        return "\(value)"
    }
}

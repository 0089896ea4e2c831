import Dispatch
import Foundation
import Testing

@testable import PolicyKit

/// Front matter that is not valid YAML, or is valid but hostile: every case gives one precise
/// finding, quickly, and never crashes.
@Suite struct YAMLSyntaxTests {
    @Test func unterminatedQuotedScalar() {
        #expect(Support.parseFindings("---\nid: m\ntitle: \"A method\nsummary: S\n---\n") == [
            "toolkit/methods/m.md:5:1: error: YAML syntax error: while scanning a quoted scalar found unexpected end of stream (the construct started at line 3)",
        ])
    }

    @Test func badIndentation() {
        #expect(Support.parseFindings("---\nid: m\ntitle: A method\n  summary: S\n---\n") == [
            "toolkit/methods/m.md:4:10: error: YAML syntax error: mapping values are not allowed in this context",
        ])
    }

    @Test func unclosedFlowSequence() {
        #expect(Support.parseFindings("---\nid: m\nphases: [discover, define\nstatus: draft\n---\n") == [
            "toolkit/methods/m.md:4:7: error: YAML syntax error: while parsing a flow sequence did not find expected ',' or ']' (the construct started at line 3)",
        ])
    }

    @Test func tabsInIndentation() {
        #expect(Support.parseFindings("---\nid: m\n\ttitle: A method\n---\n") == [
            "toolkit/methods/m.md:3:1: error: tab used for indentation (YAML allows only spaces)",
        ])
        let nested = "---\nid: p\nstakeholders:\n  - id: a\n  \tname: A\n---\n"
        #expect(Support.parseFindings(nested, path: "projects/p/project.md", kind: .project) == [
            "projects/p/project.md:5:3: error: tab used for indentation (YAML allows only spaces)",
        ])
        // A tab inside a value is only text.
        #expect(Support.parseFindings(Support.method("time_needed: two\tdays\n")) == [])
    }

    @Test func duplicateTopLevelKey() {
        #expect(Support.parseFindings("---\nid: m\ntitle: One\nsummary: S\ntitle: Two\n---\n") == [
            "toolkit/methods/m.md:5:1: error: duplicate key 'title' (each key may appear once; the first is at line 3)",
        ])
    }

    @Test func duplicateKeyInsideAListItemPointsAtTheRepeatedLine() {
        let text = """
            ---
            id: p
            stakeholders:
              - id: a
                name: First
                name: Second
                kind: cso
              - id: b
                name: Other
                kind: cso
            ---

            """
        #expect(Support.parseFindings(text, path: "projects/p/project.md", kind: .project) == [
            "projects/p/project.md:6:5: error: duplicate key 'name' (each key may appear once; the first is at line 5)",
        ])
    }

    @Test func anchorsAndAliasesAreRefused() {
        #expect(Support.parseFindings("---\nid: m\ntitle: &t A method\nsummary: *t\n---\n") == [
            "toolkit/methods/m.md:4:10: error: anchors and aliases ('&t', '*t') are not allowed in front matter",
        ])
        // '&' and '*' in ordinary text are not anchors or aliases.
        #expect(Support.parseFindings(Support.method("participants: Rock & roll fans *and* friends\ntime_needed: \"*t\"\n")) == [])
    }

    static let billionLaughs = """
        ---
        id: m
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
        ---

        """

    @Test(.timeLimit(.minutes(1))) func billionLaughsIsRefusedQuickly() {
        let clock = ContinuousClock()
        var findings: [String] = []
        let elapsed = clock.measure { findings = Support.parseFindings(Self.billionLaughs) }
        #expect(findings == ["toolkit/methods/m.md:4:8: error: anchors and aliases ('&a', '*a') are not allowed in front matter"])
        #expect(elapsed < .seconds(1))
    }

    @Test func billionLaughsInSettingsIsRefusedToo() {
        let yaml = Self.billionLaughs.replacingOccurrences(of: "---\n", with: "")
        let (settings, findings) = SettingsReading.parse(Array(yaml.utf8))
        #expect(findings.map(\.description) == [
            "policylab.yaml:3:8: error: anchors and aliases ('&a', '*a') are not allowed in front matter",
        ])
        #expect(settings == .defaults)
    }

    @Test func tooManyValuesAreRefused() {
        let many = Array(repeating: "x", count: 20_001).joined(separator: ", ")
        #expect(Support.parseFindings(Support.method("tags: [\(many)]\n")) == [
            "toolkit/methods/m.md:1:1: error: front matter is too large or too deeply nested (over 20000 values or 24 levels)",
        ])
    }

    @Test func nestingDeeperThanTheLimitIsRefused() {
        let deep = String(repeating: "[", count: 30) + String(repeating: "]", count: 30)
        #expect(Support.parseFindings(Support.method("tags: \(deep)\n")) == [
            "toolkit/methods/m.md:1:1: error: front matter is too large or too deeply nested (over 20000 values or 24 levels)",
        ])
    }

    /// 5000 unclosed `[`, 5000 closed ones, 5000 nested flow mappings, 1200 nested block sequences (far past the
    /// parser's own limit of 1000), and 999 levels, just within it.
    static let deepDocuments: [(name: String, text: String)] = [
        ("open brackets", "---\nid: m\ntitle: " + String(repeating: "[", count: 5000) + "\n---\n"),
        ("balanced brackets", "---\nid: m\ntitle: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "\n---\n"),
        ("flow mappings", "---\nid: m\ntitle: " + String(repeating: "{a: ", count: 5000) + "\n---\n"),
        ("block sequences", "---\nid: m\ntitle:\n" + (0..<1200).map { String(repeating: " ", count: $0) + "-\n" }.joined() + "---\n"),
        ("just under the parser's limit", "---\nid: m\ntitle: " + String(repeating: "[", count: 999) + String(repeating: "]", count: 999) + "\n---\n"),
    ]

    @MainActor @Test func veryDeepNestingOnTheMainThread() {
        #expect(Thread.isMainThread)
        for document in Self.deepDocuments {
            let findings = Support.parse(Array(document.text.utf8)).findings
            #expect(findings.count == 1, "\(document.name)")
            #expect(findings.first?.message == "front matter is too large or too deeply nested (over 20000 values or 24 levels)",
                    "\(document.name)")
        }
    }

    @Test func veryDeepNestingOnASmallStackThread() async {
        // Dispatch worker threads can have stacks as small as 512 KiB (macOS); run there too.
        let messages = await withCheckedContinuation { continuation in
            let thread = Thread {
                continuation.resume(returning: Self.deepDocuments.map { Support.parse(Array($0.text.utf8)).findings.map(\.message) })
            }
            thread.stackSize = 512 << 10
            thread.start()
        }
        #expect(messages == Array(repeating: ["front matter is too large or too deeply nested (over 20000 values or 24 levels)"],
                                  count: Self.deepDocuments.count))
    }

    @Test func veryDeepNestingThroughTheParallelLoader() throws {
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try Support.copyFixture("valid-kb", to: root)
            // Enough files for the loader to split the work between several Dispatch workers.
            for index in 0..<200 {
                try Support.write(Array(Support.method(id: "filler-\(index)").utf8), to: root + "/toolkit/methods/filler-\(index).md")
            }
            for (index, document) in Self.deepDocuments.enumerated() {
                let text = document.text.replacingOccurrences(of: "id: m\n", with: "id: deep-\(index)\n")
                try Support.write(Array(text.utf8), to: root + "/toolkit/methods/deep-\(index).md")
            }
            let outcome = try Support.load(root)
            #expect(outcome.knowledgeBase.methods.count == 3 + 200)
            #expect(outcome.findings.map(\.description) == Self.deepDocuments.indices.map {
                "toolkit/methods/deep-\($0).md:1:1: error: front matter is too large or too deeply nested (over 20000 values or 24 levels)"
            })
        }
    }
}

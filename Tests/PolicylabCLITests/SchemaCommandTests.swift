import Foundation
import Testing

/// `policylab schema`: the JSON Schemas agree with `check` on the shipped knowledge base and on
/// broken records, as Python's jsonschema judges them.
@Suite struct SchemaCommandTests {
    /// Validates front matter files (or policylab.yaml) against schemas: prints `ok PATH` or `bad PATH`.
    static let validator = """
        import json, sys, yaml, jsonschema
        class Loader(yaml.SafeLoader):
            pass
        # As the YAML language server reads them: dates stay text.
        Loader.yaml_implicit_resolvers = {key: [r for r in value if r[0] != 'tag:yaml.org,2002:timestamp']
                                          for key, value in yaml.SafeLoader.yaml_implicit_resolvers.items()}
        schemas = sys.argv[1]
        for item in sys.argv[2:]:
            name, path = item.split('=', 1)
            text = open(path, encoding='utf-8').read()
            if path.endswith('.md'):
                text = text.split('\\n---', 1)[0].split('---\\n', 1)[1]
            document = yaml.load(text, Loader=Loader)
            schema = json.load(open(f'{schemas}/policylab-{name}.schema.json'))
            try:
                jsonschema.validate(document, schema, format_checker=None)
                print('ok', path)
            except jsonschema.ValidationError as error:
                print('bad', path, error.message)
        """

    private func validate(_ files: [(String, String)], schemas: String) throws -> [String] {
        let run = try CLI.run(
            "/usr/bin/env", ["python3", "-c", Self.validator, schemas] + files.map { "\($0.0)=\($0.1)" },
            environment: ProcessInfo.processInfo.environment)
        try #require(run.status == 0, "\(run)")
        return run.stdout.split(separator: "\n").map(String.init)
    }

    private static func kind(of path: String) -> String? {
        if path.hasSuffix("policylab.yaml") { return "settings" }
        if path.contains("/toolkit/methods/") { return "method" }
        if path.hasSuffix("/project.md") { return "project" }
        if path.contains("/evidence/"), !path.contains("/evidence/files/") { return "evidence" }
        if path.contains("/impact/") { return "claim" }
        if path.contains("/lessons/") { return "lesson" }
        return nil
    }

    @Test func everyShippedRecordValidates() throws {
        try CLI.withTemporaryDirectory { dir in
            #expect(try CLI.policylab(["schema", "--out", dir + "/schemas"], in: CLI.packageRoot).stdout == "wrote 6 schemas into \(dir)/schemas\n")
            let root = CLI.packageRoot
            var files: [(String, String)] = [("settings", root + "/policylab.yaml")]
            for folder in ["toolkit", "projects", "lessons"] {
                let enumerator = FileManager.default.enumerator(atPath: root + "/" + folder)
                while let relative = enumerator?.nextObject() as? String {
                    let path = root + "/" + folder + "/" + relative
                    // A translation (`x.fr.md`) is not a record: the record schemas do not describe it.
                    if path.range(of: #"\.[a-z]{2,3}\.md$"#, options: .regularExpression) != nil { continue }
                    if path.hasSuffix(".md"), let kind = Self.kind(of: path) { files.append((kind, path)) }
                }
            }
            #expect(files.count > 70)
            let results = try validate(files, schemas: dir + "/schemas")
            #expect(results.filter { !$0.hasPrefix("ok ") }.isEmpty, "\(results.filter { !$0.hasPrefix("ok ") })")
            #expect(results.count == files.count)
        }
    }

    @Test func recordsCheckRefusesForTypeVocabularyOrRequiredKeysTheSchemasRefuseToo() throws {
        let broken: [(String, String, String)] = [
            ("method", "toolkit/methods/m.md", "---\nid: m\ntitle: M\nsummary: S.\nphases: [discover]\nstatus: enabled\n---\n"),
            ("method", "toolkit/methods/m.md", "---\nid: m\nsummary: S.\nphases: [discover]\nstatus: draft\n---\n"),
            ("method", "toolkit/methods/m.md", "---\nid: m\ntitle: M\nsummary: S.\nphases: discover\nstatus: draft\n---\n"),
            ("method", "toolkit/methods/m.md", "---\nid: m\ntitle: M\nsummary: S.\nphases: [discover]\nstatus: draft\ntitel: T\n---\n"),
            ("method", "toolkit/methods/m.md", "---\nid: M_1\ntitle: M\nsummary: S.\nphases: [discover]\nstatus: draft\n---\n"),
            (
                "lesson", "lessons/l.md",
                "---\nid: l\ntitle: L\nsummary: S.\ndate: 2020-01-01\nstatus: published\nprojects: [alpha]\nsources:\n  - title: T\n---\n"
            ),
            (
                "evidence", "projects/alpha/evidence/e.md",
                "---\nid: e\ntitle: E\nkind: report\naccess: public\nlink: https://example.org/e\nstrength: 9\n---\n"
            ),
            (
                "project", "projects/alpha/project.md",
                "---\nid: alpha\ntitle: A\nsummary: S.\ncommissioner: C\nstatus: active\ndemonstrator: maybe\n---\n"
            ),
        ]
        try CLI.withTemporaryDirectory { dir in
            _ = try CLI.policylab(["schema", "--out", dir + "/schemas"], in: CLI.packageRoot)
            for (index, (kind, path, text)) in broken.enumerated() {
                let root = dir + "/kb\(index)"
                try CLI.repository(from: "valid-kb", at: root)
                try CLI.write(text, to: root + "/" + path)
                #expect(try CLI.policylab(["check"], in: root).status == 1, "check refuses \(path) #\(index)")
                let result = try validate([(kind, root + "/" + path)], schemas: dir + "/schemas")
                #expect(result.first?.hasPrefix("bad ") == true, "the schema refuses #\(index): \(result)")
            }
        }
    }

    @Test func installWiresPolicylabYAMLForTheYAMLLanguageServer() throws {
        try CLI.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try CLI.repository(from: "valid-kb", at: root)
            try CLI.write("{\"editor.tabSize\": 2}\n", to: root + "/.vscode/settings.json")
            let run = try CLI.policylab(["schema", "--install"], in: root)
            #expect(run.status == 0, "\(run)")
            let settings = try #require(
                try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: root + "/.vscode/settings.json"))) as? [String: Any])
            #expect(settings["editor.tabSize"] as? Int == 2, "kept")
            #expect((settings["yaml.schemas"] as? [String: [String]])?["./.vscode/policylab/policylab-settings.schema.json"] == ["policylab.yaml"])
            #expect(FileManager.default.fileExists(atPath: root + "/.vscode/policylab/policylab-method.schema.json"))
            #expect(try CLI.policylab(["schema", "nope"], in: root).status == 2)
            #expect(
                try CLI.policylab(["schema", "project"], in: root).stdout == CLI.policylab(["schema", "project"], in: root).stdout,
                "keys in a fixed order, so that the schemas written are the same on every run")
        }
    }
}

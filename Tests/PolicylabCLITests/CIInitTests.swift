import Foundation
import Testing

/// `policylab ci init`: the workflow files it writes pass the forges' published schemas.
@Suite struct CIInitTests {
    private func validate(_ file: String, schema: String) throws -> Run {
        try CLI.run("/usr/bin/env", ["check-jsonschema", "--builtin-schema", schema, file], environment: ProcessInfo.processInfo.environment)
    }

    @Test(arguments: [false, true])
    func writesWorkflowsTheForgesAccept(pages: Bool) throws {
        try CLI.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try CLI.repository(from: "valid-kb", at: root)
            for (forge, path, schema) in [
                ("github", ".github/workflows/policylab.yml", "vendor.github-workflows"), ("gitlab", ".gitlab-ci.yml", "vendor.gitlab-ci"),
            ] {
                let run = try CLI.policylab(
                    ["ci", "init", forge, "--source", "https://git.example.org/lab/policylab.git", "--ref", "v1.0"] + (pages ? ["--pages"] : []),
                    in: root)
                #expect(run.status == 0, "\(run)")
                #expect(run.stdout == "wrote \(path): commit it to run policylab on \(forge)\n")
                let text = try String(contentsOfFile: root + "/" + path, encoding: .utf8)
                #expect(text.contains("POLICYLAB_SOURCE: \"https://git.example.org/lab/policylab.git\""))
                #expect(text.contains("--format markdown"))
                #expect(text.contains(forge == "github" ? "policylab check --format github" : "codequality: gl-code-quality-report.json"))
                #expect(text.contains(forge == "github" ? "actions/deploy-pages" : "pages:\n") == pages)
                let validated = try validate(root + "/" + path, schema: schema)
                #expect(validated.status == 0, "\(validated)")
                // A second run refuses to overwrite.
                let again = try CLI.policylab(["ci", "init", forge, "--source", "x"], in: root)
                #expect(again.status == 1 && again.stderr == "policylab: error: \(path) exists: nothing was written (use --force to replace it)\n")
            }
            #expect(try CLI.git(["status", "--porcelain"], in: root) == "?? .github/\n?? .gitlab-ci.yml\n", "written, not committed")
        }
    }
}

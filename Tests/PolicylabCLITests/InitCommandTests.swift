import Foundation
import Testing

/// `policylab init` end to end, cross-checked with `/usr/bin/git`.
@Suite struct InitCommandTests {
    static let editorFiles =
        ["claim", "evidence", "lesson", "method", "project", "settings"].map { ".vscode/policylab/policylab-\($0).schema.json" }
        + [".vscode/settings.json"]
    static let files = editorFiles + ["lessons/.gitkeep", "policylab.yaml", "projects/.gitkeep", "toolkit/methods/.gitkeep"]

    @Test func createsARepositoryWithOneValidFirstCommit() throws {
        try CLI.withTemporaryDirectory { dir in
            let run = try CLI.policylab(["init", "kb", "--name", "Test \"lab\" KB"], in: dir)
            #expect(run.status == 0, "\(run)")
            #expect(run.stderr == "")
            let root = dir + "/kb"
            let head = try CLI.git(["rev-parse", "HEAD"], in: root)
            #expect(
                run.stdout == """
                    Initialised a policylab knowledge base in \(root)/.git
                    \(Self.files.map { "  " + $0 }.joined(separator: "\n"))
                    commit \(head)
                    """)
            try CLI.git(["fsck", "--strict", "--no-progress"], in: root)
            #expect(
                try CLI.git(["log", "--format=%an <%ae>|%cn <%ce>|%s|%P"], in: root)
                    == "Grace Hopper <grace@example.org>|Grace Hopper <grace@example.org>|policylab: initialise knowledge base|\n")
            #expect(try CLI.git(["ls-tree", "-r", "--name-only", "HEAD"], in: root) == Self.files.joined(separator: "\n") + "\n")
            #expect(try CLI.git(["status", "--porcelain", "--untracked-files=all"], in: root) == "")
            let editor = try #require(
                try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: root + "/.vscode/settings.json"))) as? [String: Any])
            #expect((editor["yaml.schemas"] as? [String: [String]]) == ["./.vscode/policylab/policylab-settings.schema.json": ["policylab.yaml"]])
            #expect(
                try String(contentsOfFile: root + "/.vscode/policylab/policylab-method.schema.json", encoding: .utf8)
                    == CLI.policylab(["schema", "method"], in: root).stdout, "the same schema as 'schema --install' writes")
            #expect(try CLI.git(["symbolic-ref", "HEAD"], in: root) == "refs/heads/main\n")
            let settings = try String(contentsOfFile: root + "/policylab.yaml", encoding: .utf8)
            #expect(settings.contains("name: \"Test \\\"lab\\\" KB\"\n"))
            #expect(settings.contains("- name: \"Grace Hopper\"\n"))
            #expect(settings.contains("email: \"grace@example.org\"\n"))
            for folder in ["toolkit/methods", "projects", "lessons"] {
                var isDirectory: ObjCBool = false
                #expect(FileManager.default.fileExists(atPath: root + "/" + folder, isDirectory: &isDirectory) && isDirectory.boolValue, "\(folder)")
            }
            let check = try CLI.policylab(["check"], in: root)
            #expect(check.status == 0, "\(check)")
            #expect(check.stdout == "0 records checked: 0 errors, 0 warnings\n")
            #expect(check.stderr == "")
        }
    }

    @Test func initTwiceIsRefused() throws {
        try CLI.withTemporaryDirectory { dir in
            #expect(try CLI.policylab(["init", "kb"], in: dir).status == 0)
            let again = try CLI.policylab(["init", "kb"], in: dir)
            #expect(again.status == 1, "\(again)")
            #expect(again.stdout == "")
            #expect(again.stderr == "policylab: error: \(dir)/kb is already a policylab knowledge base (policylab.yaml is committed)\n")
            // From inside, without a folder argument, too.
            let inside = try CLI.policylab(["init"], in: dir + "/kb")
            #expect(inside.status == 1)
            #expect(inside.stderr.contains("is already a policylab knowledge base"))
            #expect(try CLI.git(["rev-list", "--count", "HEAD"], in: dir + "/kb") == "1\n")
        }
    }

    @Test func aFolderWithEditorSettingsOfItsOwnKeepsThem() throws {
        try CLI.withTemporaryDirectory { dir in
            try CLI.git(["init", "-q", "-b", "main", "kb"], in: dir)
            try CLI.write("// a comment, not JSON\n", to: dir + "/kb/.vscode/settings.json")
            let run = try CLI.policylab(["init"], in: dir + "/kb")
            #expect(run.status == 0, "\(run)")
            #expect(
                run.stderr
                    == "policylab: note: \(dir)/kb/.vscode exists, so the editor wiring was not added (run 'policylab schema --install' to add it)\n")
            #expect(try String(contentsOfFile: dir + "/kb/.vscode/settings.json", encoding: .utf8) == "// a comment, not JSON\n")
            #expect(
                try CLI.git(["ls-tree", "-r", "--name-only", "HEAD"], in: dir + "/kb")
                    == "lessons/.gitkeep\npolicylab.yaml\nprojects/.gitkeep\ntoolkit/methods/.gitkeep\n")
        }
    }

    @Test func bareRepository() throws {
        try CLI.withTemporaryDirectory { dir in
            let run = try CLI.policylab(["init", "--bare", "kb.git"], in: dir)
            #expect(run.status == 0, "\(run)")
            #expect(run.stdout.hasPrefix("Initialised a policylab knowledge base in \(dir)/kb.git\n"))
            let git = dir + "/kb.git"
            #expect(try CLI.git(["rev-parse", "--is-bare-repository"], in: git) == "true\n")
            try CLI.git(["fsck", "--strict", "--no-progress"], in: git)
            #expect(try CLI.git(["ls-tree", "-r", "--name-only", "HEAD"], in: git) == Self.files.joined(separator: "\n") + "\n")
            #expect(!FileManager.default.fileExists(atPath: git + "/policylab.yaml"))
            let check = try CLI.policylab(["check", "-C", git], in: dir)
            #expect(check.status == 0, "\(check)")
            #expect(check.stdout == "0 records checked: 0 errors, 0 warnings\n")
            let list = try CLI.policylab(["list", "methods"], in: git)
            #expect(list.status == 0, "\(list)")
            #expect(list.stdout == "no methods match\n")
        }
    }

    @Test func withoutAnyGitIdentityFailsNamingUserName() throws {
        try CLI.withTemporaryDirectory { dir in
            try FileManager.default.createDirectory(atPath: dir + "/home", withIntermediateDirectories: true)
            let run = try CLI.policylab(["init", "kb"], in: dir, environment: ["HOME": dir + "/home"], includeIdentity: false)
            #expect(run.status == 1)
            #expect(run.stdout == "")
            #expect(
                run.stderr
                    == "policylab: error: no author identity: set user.name and user.email with `git config` (or GIT_AUTHOR_NAME and GIT_AUTHOR_EMAIL), or pass --author \"Name <email>\"\n"
            )
            // Nothing was left behind.
            #expect(!FileManager.default.fileExists(atPath: dir + "/kb"))

            // --author stands in for the identity.
            let authored = try CLI.policylab(
                ["init", "kb", "--author", "Ada Lovelace <ada@example.org>"], in: dir,
                environment: ["HOME": dir + "/home"], includeIdentity: false)
            #expect(authored.status == 0, "\(authored)")
            #expect(try CLI.git(["log", "--format=%an <%ae>"], in: dir + "/kb") == "Ada Lovelace <ada@example.org>\n")
            let badAuthor = try CLI.policylab(["init", "other", "--author", "nobody"], in: dir)
            #expect(badAuthor.status == 2)
            #expect(badAuthor.stderr.contains("--author must look like 'Name <email>', not 'nobody'"))
        }
    }

    @Test func identityFromGitConfiguration() throws {
        try CLI.withTemporaryDirectory { dir in
            try CLI.write("[user]\n\tname = Config Person\n\temail = config@example.org\n", to: dir + "/home/.gitconfig")
            let run = try CLI.policylab(["init", "kb"], in: dir, environment: ["HOME": dir + "/home"], includeIdentity: false)
            #expect(run.status == 0, "\(run)")
            #expect(try CLI.git(["log", "--format=%an <%ae>"], in: dir + "/kb") == "Config Person <config@example.org>\n")
        }
    }
}

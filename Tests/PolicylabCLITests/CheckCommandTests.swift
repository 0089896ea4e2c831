import Foundation
import Testing

/// `policylab check` end to end: exit statuses, findings on standard error, summary on standard
/// output, and the JSON and GitHub formats.
@Suite struct CheckCommandTests {
    static let brokenFindings = """
        lessons/orphan.md:2:5: warning: lesson names no project or method (add 'projects' or 'methods')
        lessons/orphan.md:5:7: error: 'date': '2021-02-30' is not a real date
        projects/gamma/project.md:7:15: error: 'demonstrator' must be true or false
        projects/gamma/project.md:8:19: error: 'methods' names unknown method 'nonexistent'
        projects/gamma/project.md:10:5: warning: vague commitment: milestone 'Foster partnerships': no number, date or deliverable; 'foster' describes an aim. Say what will exist, how much, and by when (e.g. 'Publish 5 plain-language guides on ... by March 2025').
        toolkit/methods/survey.md:6:9: error: unknown status 'publised' (expected draft, published, retired) (did you mean 'published'?)
        toolkit/methods/survey.md:7:1: error: unknown key 'titel' (did you mean 'title'?)

        """

    @Test func validKnowledgeBasePasses() throws {
        try CLI.withTemporaryDirectory { dir in
            try CLI.repository(from: "valid-kb", at: dir + "/kb")
            let run = try CLI.policylab(["check"], in: dir + "/kb/projects/alpha")
            #expect(run.status == 0, "\(run)")
            #expect(run.stdout == "11 records checked: 0 errors, 0 warnings\n")
            #expect(run.stderr == "")
        }
    }

    @Test func brokenKnowledgeBaseFails() throws {
        try CLI.withTemporaryDirectory { dir in
            try CLI.repository(from: "broken-kb", at: dir + "/kb")
            let run = try CLI.policylab(["check"], in: dir + "/kb")
            #expect(run.status == 1)
            #expect(run.stderr == Self.brokenFindings)
            #expect(run.stdout == "3 records checked: 5 errors, 2 warnings\n")
            // Not a terminal: no colour codes.
            #expect(!run.stderr.contains("\u{1B}"))
        }
    }

    @Test func warningsAloneDoNotFail() throws {
        try CLI.withTemporaryDirectory { dir in
            try CLI.copyFixture("valid-kb", to: dir + "/kb")
            try CLI.write(
                "---\nid: lonely\ntitle: A lonely lesson\nsummary: S.\ndate: 2021-01-01\nstatus: draft\n---\n", to: dir + "/kb/lessons/lonely.md")
            let run = try CLI.policylab(["check"], in: dir + "/kb")
            #expect(run.status == 0, "\(run)")
            #expect(run.stderr == "lessons/lonely.md:2:5: warning: lesson names no project or method (add 'projects' or 'methods')\n")
            #expect(run.stdout == "12 records checked: 0 errors, 1 warning\n")
        }
    }

    @Test func jsonFormat() throws {
        try CLI.withTemporaryDirectory { dir in
            try CLI.copyFixture("broken-kb", to: dir + "/kb")
            let run = try CLI.policylab(["check", "--format", "json"], in: dir + "/kb")
            #expect(run.status == 1)
            #expect(run.stderr == "")
            let document = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            #expect(document["records"] as? Int == 3)
            #expect(document["errors"] as? Int == 5)
            #expect(document["warnings"] as? Int == 2)
            let findings = try #require(document["findings"] as? [[String: Any]])
            #expect(findings.count == 7)
            let lines = findings.map { item in
                "\(item["path"] as? String ?? "?"):\(item["line"] as? Int ?? 0):\(item["column"] as? Int ?? 0): \(item["severity"] as? String ?? "?"): \(item["message"] as? String ?? "?")\n"
            }
            #expect(lines.joined() == Self.brokenFindings)
        }
    }

    @Test func githubFormat() throws {
        try CLI.withTemporaryDirectory { dir in
            try CLI.copyFixture("broken-kb", to: dir + "/kb")
            let run = try CLI.policylab(["check", "--format", "github"], in: dir + "/kb")
            #expect(run.status == 1)
            #expect(run.stderr == "")
            #expect(
                run.stdout == """
                    ::warning file=lessons/orphan.md,line=2,col=5::lesson names no project or method (add 'projects' or 'methods')
                    ::error file=lessons/orphan.md,line=5,col=7::'date': '2021-02-30' is not a real date
                    ::error file=projects/gamma/project.md,line=7,col=15::'demonstrator' must be true or false
                    ::error file=projects/gamma/project.md,line=8,col=19::'methods' names unknown method 'nonexistent'
                    ::warning file=projects/gamma/project.md,line=10,col=5::vague commitment: milestone 'Foster partnerships': no number, date or deliverable; 'foster' describes an aim. Say what will exist, how much, and by when (e.g. 'Publish 5 plain-language guides on ... by March 2025').
                    ::error file=toolkit/methods/survey.md,line=6,col=9::unknown status 'publised' (expected draft, published, retired) (did you mean 'published'?)
                    ::error file=toolkit/methods/survey.md,line=7,col=1::unknown key 'titel' (did you mean 'title'?)

                    """)
        }
    }

    @Test func hostileFilesAreReportedWithoutCrashingOrHanging() throws {
        try CLI.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try CLI.copyFixture("valid-kb", to: root)
            // Enough files for the loader to parse on several Dispatch workers, and the main thread.
            for index in 0..<200 {
                try CLI.write(
                    "---\nid: filler-\(index)\ntitle: Filler\nsummary: S.\nphases: [define]\nstatus: draft\n---\n",
                    to: root + "/toolkit/methods/filler-\(index).md")
            }
            try CLI.write("---\nid: deep\ntitle: " + String(repeating: "[", count: 5000) + "\n---\n", to: root + "/toolkit/methods/deep.md")
            try CLI.write(
                "---\nid: bomb\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n---\n",
                to: root + "/lessons/bomb.md")
            try FileManager.default.createSymbolicLink(atPath: root + "/toolkit/methods/x.md", withDestinationPath: "/etc/passwd")
            let start = Date()
            let run = try CLI.policylab(["check"], in: root)
            #expect(Date().timeIntervalSince(start) < 20)
            #expect(run.status == 1, "\(run)")
            #expect(
                run.stderr == """
                    lessons/bomb.md:4:8: error: anchors and aliases ('&a', '*a') are not allowed in front matter
                    toolkit/methods/deep.md:3:9: error: front matter is too large or too deeply nested (over 20000 values or 24 levels)
                    toolkit/methods/x.md: error: symbolic link is not followed (store the file itself in the repository)

                    """)
            #expect(run.stdout == "211 records checked: 3 errors, 0 warnings\n")
        }
    }

    @Test func usageErrorsExitWithStatus2() throws {
        try CLI.withTemporaryDirectory { dir in
            try CLI.copyFixture("valid-kb", to: dir + "/kb")
            let cases: [([String], String)] = [
                (["list", "teleports"], "unknown kind 'teleports' (expected methods, projects, lessons, evidence or claims)"),
                (["list", "methds"], "unknown kind 'methds' (expected methods, projects, lessons, evidence or claims) (did you mean 'methods'?)"),
                (
                    ["list", "methods", "--phase", "teleport"],
                    "policylab: error: the value 'teleport' is invalid for --phase (expected discover, define, develop or deliver)\n"
                ),
                (
                    ["check", "--format", "xml"],
                    "policylab: error: the value 'xml' is invalid for --format (expected text, json, github, sarif or gitlab)\n"
                ),
                (["list", "evidence", "--phase", "discover"], "policylab: error: --phase does not apply to evidence (it filters methods)\n"),
                (["list", "projects", "--level", "involve"], "policylab: error: --level does not apply to projects (it filters methods)\n"),
                (
                    ["list", "methods", "--level", "involv"],
                    "policylab: error: the value 'involv' is invalid for --level (expected inform, consult, involve, collaborate or empower) (did you mean 'involve'?)\n"
                ),
                (
                    ["list", "claims", "--status", "confirmed"],
                    "policylab: error: --status: unknown claim status 'confirmed' (expected unverified, pending, verified, disputed, stale)\n"
                ),
                (["list", "projects", "--method", "Citizens Assembly"], "--method: id 'Citizens Assembly' is not a slug"),
                (["show"], "policylab: error: missing RECORD\n"),
                (["frobnicate"], "policylab: error: unknown command 'frobnicate'; 'policylab --help' lists the commands\n"),
                (["lst", "methods"], "policylab: error: unknown command 'lst' (did you mean 'list'?); 'policylab --help' lists the commands\n"),
            ]
            for (arguments, message) in cases {
                let run = try CLI.policylab(arguments, in: dir + "/kb")
                #expect(run.status == 2, "\(arguments): \(run)")
                #expect(run.stdout == "", "\(arguments)")
                #expect(run.stderr.contains(message), "\(arguments): \(run.stderr)")
            }
            // The singular of a kind is accepted too.
            #expect(try CLI.policylab(["list", "method"], in: dir + "/kb").status == 0)
        }
    }

    @Test func notAKnowledgeBaseExitsWithStatus3() throws {
        try CLI.withTemporaryDirectory { dir in
            try FileManager.default.createDirectory(atPath: dir + "/empty", withIntermediateDirectories: true)
            var run = try CLI.policylab(["check"], in: dir + "/empty")
            #expect(run.status == 3)
            #expect(
                run.stderr
                    == "policylab: error: not a policylab knowledge base: '\(dir)/empty' is in no git repository and no folder above it has a policylab.yaml (run 'policylab init')\n"
            )
            #expect(run.stdout == "")

            run = try CLI.policylab(["check", "-C", dir + "/missing"], in: dir)
            #expect(run.status == 3)
            #expect(run.stderr == "policylab: error: cannot use '\(dir)/missing': no such folder\n")

            try CLI.git(["init", "-q", "-b", "main", "repo"], in: dir)
            run = try CLI.policylab(["list", "methods"], in: dir + "/repo")
            #expect(run.status == 3)
            #expect(
                run.stderr
                    == "policylab: error: not a policylab knowledge base: no policylab.yaml, toolkit/, projects/ or lessons/ (run 'policylab init' to create one)\n"
            )

            run = try CLI.policylab(["check", "--rev", "main"], in: dir + "/repo")
            #expect(run.status == 3)
            #expect(run.stderr.hasPrefix("policylab: error: "))
            #expect(run.stderr.contains("cannot resolve revision 'main' to a commit"))

            // Started in a folder removed since (as a detached search process can be): an error, not a search upwards forever.
            try FileManager.default.createDirectory(atPath: dir + "/gone", withIntermediateDirectories: true)
            var environment = CLI.baseEnvironment()
            environment["POLICYLAB"] = try CLI.executable()
            run = try CLI.run("/bin/sh", ["-c", "cd gone && rmdir ../gone && exec \"$POLICYLAB\" check"], in: dir, environment: environment)
            #expect(run.status == 3, "\(run)")
            #expect(run.stderr == "policylab: error: the current folder no longer exists\n")
        }
    }

    @Test func knowledgeBaseElsewhereWithDashCAndEnvironment() throws {
        try CLI.withTemporaryDirectory { dir in
            try CLI.repository(from: "valid-kb", at: dir + "/valid")
            try CLI.repository(from: "broken-kb", at: dir + "/broken")
            try FileManager.default.createDirectory(atPath: dir + "/elsewhere", withIntermediateDirectories: true)
            let elsewhere = dir + "/elsewhere"
            let passed = "11 records checked: 0 errors, 0 warnings\n"
            let failed = "3 records checked: 5 errors, 2 warnings\n"

            var run = try CLI.policylab(["-C", dir + "/valid", "check"], in: elsewhere)
            #expect(run.status == 0 && run.stdout == passed, "\(run)")
            run = try CLI.policylab(["check", "-C", dir + "/broken"], in: elsewhere)
            #expect(run.status == 1 && run.stdout == failed, "\(run)")
            run = try CLI.policylab(["check"], in: elsewhere, environment: ["POLICYLAB_KB": dir + "/valid/toolkit"])
            #expect(run.status == 0 && run.stdout == passed, "\(run)")
            // -C wins over POLICYLAB_KB, before or after the subcommand.
            run = try CLI.policylab(["-C", dir + "/broken", "check"], in: elsewhere, environment: ["POLICYLAB_KB": dir + "/valid"])
            #expect(run.status == 1 && run.stdout == failed, "\(run)")
            run = try CLI.policylab(["check", "-C", dir + "/valid"], in: elsewhere, environment: ["POLICYLAB_KB": dir + "/broken"])
            #expect(run.status == 0 && run.stdout == passed, "\(run)")
            // A relative -C is relative to the current folder.
            run = try CLI.policylab(["list", "projects", "-C", "../valid"], in: elsewhere)
            #expect(run.status == 0, "\(run)")
            #expect(run.stdout.hasPrefix("alpha "))
        }
    }

    @Test func revisionReadsAnOlderCommitAndIgnoresTheWorkingTree() throws {
        try CLI.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try CLI.repository(from: "valid-kb", at: root)
            try CLI.write(
                "---\nid: futures\ntitle: Futures\nsummary: S.\nphases: [discover]\nstatus: retird\n---\n",
                to: root + "/toolkit/methods/futures.md")
            try CLI.git(["commit", "-q", "-am", "Break futures"], in: root)
            try CLI.git(["tag", "broken"], in: root)
            // Uncommitted: only the working tree sees it.
            try FileManager.default.removeItem(atPath: root + "/lessons/start-early.md")

            let finding =
                "toolkit/methods/futures.md:6:9: error: unknown status 'retird' (expected draft, published, retired) (did you mean 'retired'?)\n"
            var run = try CLI.policylab(["check"], in: root)
            #expect(run.status == 1)
            #expect(run.stderr == finding)
            #expect(run.stdout == "10 records checked: 1 error, 0 warnings\n")

            run = try CLI.policylab(["check", "--rev", "HEAD~1"], in: root)
            #expect(run.status == 0, "\(run)")
            #expect(run.stdout == "11 records checked: 0 errors, 0 warnings\n")

            run = try CLI.policylab(["check", "--rev", "broken"], in: root)
            #expect(run.status == 1)
            #expect(run.stderr == finding)
            #expect(run.stdout == "11 records checked: 1 error, 0 warnings\n")

            run = try CLI.policylab(["list", "lessons", "--rev", "main"], in: root)
            #expect(run.stdout.contains("start-early"), "\(run)")
            run = try CLI.policylab(["show", "start-early", "--rev", "HEAD~1"], in: root)
            #expect(run.status == 0, "\(run)")
            #expect(run.stdout.hasPrefix("lesson:start-early\nStart recruitment early\n"))
            run = try CLI.policylab(["show", "start-early"], in: root)
            #expect(run.status == 1)
            #expect(run.stderr.hasPrefix("policylab: error: no record 'start-early'"))

            run = try CLI.policylab(["check", "--rev", "no-such-branch"], in: root)
            #expect(run.status == 3)
            #expect(run.stderr.contains("cannot resolve revision 'no-such-branch' to a commit"), "\(run)")
            // The working tree was not touched by reading revisions.
            #expect(try CLI.git(["status", "--porcelain"], in: root) == " D lessons/start-early.md\n")
        }
    }

    @Test func bareRepositoryWorksForReadingCommands() throws {
        try CLI.withTemporaryDirectory { dir in
            try CLI.repository(from: "valid-kb", at: dir + "/kb")
            try CLI.git(["clone", "-q", "--bare", dir + "/kb", dir + "/kb.git"], in: dir)
            var run = try CLI.policylab(["check"], in: dir + "/kb.git")
            #expect(run.status == 0, "\(run)")
            #expect(run.stdout == "11 records checked: 0 errors, 0 warnings\n")
            run = try CLI.policylab(["list", "methods", "-C", dir + "/kb.git"], in: dir)
            #expect(run.status == 0, "\(run)")
            #expect(
                run.stdout.split(separator: "\n").map { $0.split(separator: " ").first.map(String.init) ?? "" }
                    == ["futures", "interviews", "workshops"])
            run = try CLI.policylab(["show", "method:interviews", "-C", dir + "/kb.git"], in: dir)
            #expect(run.status == 0, "\(run)")
            #expect(run.stdout.contains("Used by projects: alpha, beta\n"))
            #expect(run.stdout.contains("One-to-one conversations"))
        }
    }
}

import Foundation
import Testing

/// The writing commands, run as a member of staff would: one commit each, nothing lost, nothing half-written.
@Suite("Writing commands end to end")
struct AuthoringCommandTests {
    /// A knowledge base made by `policylab init` in `dir/kb`.
    func initialised(_ dir: String) throws -> String {
        let run = try CLI.policylab(["init", "kb"], in: dir)
        try #require(run.status == 0, "\(run)")
        return dir + "/kb"
    }

    /// Runs a writing command, expects success, and returns the paths its commit changed.
    @discardableResult
    func write(_ arguments: [String], in kb: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let before = try CLI.git(["rev-parse", "HEAD"], in: kb)
        let run = try CLI.policylab(arguments, in: kb)
        #expect(run.status == 0, "\(run)", sourceLocation: sourceLocation)
        let head = try CLI.git(["rev-parse", "HEAD"], in: kb)
        #expect(run.stdout.hasSuffix("commit \(head)"), "\(run)", sourceLocation: sourceLocation)
        #expect(try CLI.git(["rev-parse", "HEAD~1"], in: kb) == before, "exactly one commit", sourceLocation: sourceLocation)
        #expect(try CLI.git(["status", "--porcelain", "--untracked-files=no"], in: kb) == "", sourceLocation: sourceLocation)
        return try CLI.git(["show", "--name-only", "--format=", "HEAD"], in: kb).split(separator: "\n").map(String.init)
    }

    /// `milestone set-outcome` records what became of a milestone, in one commit and one line, and
    /// refuses an outcome that contradicts a done day; `show` then says it in words.
    @Test func milestoneOutcomesFromTheCommandLine() throws {
        try CLI.withTemporaryDirectory { dir in
            let kb = try initialised(dir)
            try write(
                ["project", "new", "Atelier", "--commissioner", "Ville de Paris", "--summary", "Workshops with residents.", "--status", "active"],
                in: kb)
            try write(["project", "milestone", "add", "atelier", "Publish the workshop report", "--due", "2020-06-30"], in: kb)
            try write(["project", "milestone", "add", "atelier", "Hold 6 workshops", "--due", "2020-03-31"], in: kb)
            try write(["project", "milestone", "done", "atelier", "2", "--on", "2020-03-20"], in: kb)
            #expect(
                try write(["project", "milestone", "set-outcome", "atelier", "Publish the workshop report", "--outcome", "not-reported"], in: kb)
                    == ["projects/atelier/project.md"])
            let diff = try CLI.git(["diff", "HEAD~1", "HEAD", "--", "projects/atelier/project.md"], in: kb)
            #expect(diff.contains("     due: 2020-06-30\n+    outcome: not-reported\n"), "\(diff)")
            let subject = try CLI.git(["log", "--format=%s", "-1"], in: kb)
            #expect(subject == "project: milestone outcome not-reported in atelier\n", "\(subject)")

            let refused = try CLI.policylab(["project", "milestone", "set-outcome", "atelier", "Hold 6 workshops", "--outcome", "missed"], in: kb)
            #expect(refused.status == 2, "\(refused)")
            #expect(
                refused.stderr
                    == "policylab: error: --outcome: milestone 'Hold 6 workshops' is done (2020-03-20); a done milestone cannot also be missed\n")
            let unknown = try CLI.policylab(["project", "milestone", "set-outcome", "atelier", "1", "--outcome", "lost"], in: kb)
            #expect(unknown.status == 2)
            #expect(
                unknown.stderr.contains(
                    "policylab: error: the value 'lost' is invalid for --outcome (expected done, missed, dropped or not-reported)\n"), "\(unknown)")

            let show = try CLI.policylab(["show", "project:atelier"], in: kb)
            #expect(
                show.stdout.contains(
                    "Milestone: Publish the workshop report [outcome not reported in the sources (due 2020-06-30)]\n"
                        + "Milestone: Hold 6 workshops [done on 2020-03-20]\n"), "\(show)")
            let help = try CLI.policylab(["project", "milestone", "set-outcome", "--help"], in: kb)
            #expect(help.stdout.contains("policylab project milestone set-outcome france-ministere-ouvert-2017"))
        }
    }

    @Test func aWholeDemonstratorFromTheCommandLine() throws {
        try CLI.withTemporaryDirectory { dir in
            let kb = try initialised(dir)
            #expect(
                try write(
                    [
                        "method", "new", "Citizens' jury", "--phase", "define", "--phase", "develop", "--summary", "A small group hears evidence.",
                        "--level", "consult", "--level", "involve",
                    ], in: kb)
                    == ["toolkit/methods/citizens-jury.md"])
            #expect(try String(contentsOfFile: kb + "/toolkit/methods/citizens-jury.md", encoding: .utf8).contains("\nlevel: [consult, involve]\n"))
            #expect(
                try write(
                    [
                        "project", "new", "Atelier à Paris", "--commissioner", "Ville de Paris", "--summary", "Workshops with residents.",
                        "--demonstrator", "--method", "citizens-jury", "--status", "active", "--started", "2020-01-15",
                    ], in: kb)
                    == ["projects/atelier-a-paris/project.md"])
            let project = ["projects/atelier-a-paris/project.md"]
            #expect(
                try write(
                    [
                        "project", "stakeholder", "add", "atelier-a-paris", "--name", "Quartier Libre", "--kind", "cso", "--contact",
                        "hello@ql.example",
                    ], in: kb) == project)
            #expect(
                try write(["project", "milestone", "add", "atelier-a-paris", "Publish the workshop report", "--due", "2020-06-30"], in: kb) == project
            )
            #expect(
                try write(["project", "milestone", "done", "atelier-a-paris", "Publish the workshop report", "--on", "2020-06-20"], in: kb) == project
            )
            #expect(try write(["project", "set", "atelier-a-paris", "--status", "delivered", "--ended", "2020-07-01"], in: kb) == project)
            try CLI.write("interview notes\n", to: kb + "/notes.md")
            #expect(
                try write(
                    [
                        "evidence", "link", "atelier-a-paris", "--title", "Interview notes", "--kind", "interview-notes", "--file", "notes.md",
                        "--access", "restricted",
                    ], in: kb)
                    == ["projects/atelier-a-paris/evidence/files/notes.md", "projects/atelier-a-paris/evidence/interview-notes.md"])
            #expect(
                try write(
                    [
                        "evidence", "link", "atelier-a-paris", "--title", "Report", "--kind", "report", "--url", "https://example.org/r.pdf",
                        "--access", "public", "--strength", "2",
                    ], in: kb)
                    == ["projects/atelier-a-paris/evidence/report.md"])
            #expect(
                try write(
                    [
                        "lesson", "new", "Plan for accessibility", "--summary", "Book step-free venues.", "--project", "atelier-a-paris", "--status",
                        "published",
                    ], in: kb)
                    == ["lessons/plan-for-accessibility.md"])
            #expect(
                try write(
                    [
                        "impact", "claim", "atelier-a-paris", "120 residents took part in 6 workshops", "--kind", "participation", "--evidence",
                        "report",
                    ], in: kb)
                    == ["projects/atelier-a-paris/impact/120-residents-took-part-in-6.md"])
            let claim = "atelier-a-paris/120-residents-took-part-in-6"
            try write(["impact", "request", claim, "--stakeholder", "quartier-libre"], in: kb)
            try write(["impact", "verify", claim, "--stakeholder", "quartier-libre", "--verdict", "confirmed"], in: kb)

            // The minimal edits: the milestone's `done` and the project's status changed one line each.
            let diff = try CLI.git(["diff", "HEAD~7", "HEAD~6", "--", "projects/atelier-a-paris/project.md"], in: kb)
            #expect(diff.contains("-status: active\n+status: delivered\n"), "\(diff)")
            #expect(
                try CLI.git(["log", "--format=%s", "-3"], in: kb) == """
                    impact: quartier-libre confirmed \(claim)
                    impact: ask quartier-libre to verify \(claim)
                    impact: claim \(claim)

                    """)
            let body = try CLI.git(["log", "-1", "--format=%b", "HEAD~3"], in: kb)
            #expect(body == "Policylab-Command: lesson new\nPolicylab-Record: lesson:plan-for-accessibility\n\n")
            _ = try CLI.git(["fsck", "--strict"], in: kb)
            let check = try CLI.policylab(["check"], in: kb)
            #expect(check.status == 0, "\(check)")
            let status = try CLI.policylab(["status", "--today", "2020-08-01"], in: kb)
            #expect(status.stdout.contains("Demonstrators: 1 of 4 delivered; 1 demonstrator project: 1 delivered\n"), "\(status)")
            #expect(status.stdout.contains("Impact claims: 0 unverified, 0 pending, 1 verified, 0 disputed, 0 stale\n"), "\(status)")
        }
    }

    @Test func badInputIsAUsageErrorAndWritesNothing() throws {
        try CLI.withTemporaryDirectory { dir in
            let kb = try initialised(dir)
            try write(["project", "new", "Alpha", "--commissioner", "DfT", "--summary", "A project."], in: kb)
            try CLI.write("x\n", to: dir + "/outside.txt")
            try CLI.write("draft\n", to: kb + "/folder/draft.md")
            let cases: [([String], String)] = [
                (
                    ["method", "new", "M", "--phase", "teleport", "--summary", "S."],
                    "the value 'teleport' is invalid for --phase (expected discover, define, develop or deliver)\n"
                ),
                (
                    ["method", "new", "M", "--phase", "discover", "--summary", "S.", "--level", "empowr"],
                    "the value 'empowr' is invalid for --level (expected inform, consult, involve, collaborate or empower) (did you mean 'empower'?)\n"
                ),
                (["method", "new", "  ", "--phase", "discover", "--summary", "S."], "TITLE is empty"),
                (
                    ["project", "new", "B", "--commissioner", "DfT", "--summary", "S.", "--started", "2019-02-30"],
                    "the value '2019-02-30' is invalid for --started: February 2019 has 28 days, so there is no day 30\n"
                ),
                (
                    ["project", "new", "B", "--commissioner", "DfT", "--summary", "S.", "--method", "nope"],
                    "--method: no method 'nope' (see 'policylab list methods')"
                ),
                (
                    ["project", "new", "Alpha", "--commissioner", "DfT", "--summary", "S."],
                    "id 'alpha' is already used by projects/alpha/project.md; choose another with --id (for example --id alpha-2)"
                ),
                (["project", "set", "gamma", "--status", "active"], "PROJECT: no project 'gamma'"),
                (["project", "milestone", "done", "alpha", "Nothing"], "MILESTONE: project 'alpha' has no milestone 'Nothing' (it has none yet)"),
                (
                    ["evidence", "link", "alpha", "--title", "T", "--kind", "report", "--file", "missing.pdf", "--access", "public"],
                    "--file: 'missing.pdf' does not exist"
                ),
                (
                    ["evidence", "link", "alpha", "--title", "T", "--kind", "report", "--file", "folder", "--access", "public"],
                    "--file: 'folder' is a folder; give one file"
                ),
                (
                    ["evidence", "link", "alpha", "--title", "T", "--kind", "report", "--file", "../outside.txt", "--access", "public"],
                    "is outside the repository"
                ),
                (
                    ["evidence", "link", "alpha", "--title", "T", "--kind", "report", "--url", "ftp://x", "--access", "public"],
                    "--url must be an http:// or https:// address, not 'ftp://x'"
                ),
                (
                    ["evidence", "link", "alpha", "--title", "T", "--kind", "report", "--url", "https://x.org", "--access", "secret"],
                    "the value 'secret' is invalid for --access (expected public or restricted)\n"
                ),
                (["lesson", "new", "L", "--summary", "S."], "give at least one --project or --method the lesson is about"),
                (
                    ["project", "new", "B", "--commissioner", "DfT", "--summary", "S.", "--started", "2019-13-01"],
                    "the value '2019-13-01' is invalid for --started: there is no month 13 (months go from 01 to 12; the order is YYYY-MM-DD)\n"
                ),
                (
                    ["project", "new", "B", "--commissioner", "DfT", "--summary", "S.", "--started", "1 March 2019"],
                    "the value '1 March 2019' is invalid for --started: not a date: write it as YYYY-MM-DD, such as 2020-06-30\n"
                ),
                (["project", "new"], "policylab: error: missing TITLE, --commissioner and --summary\n"),
                (["project", "new", "B"], "policylab: error: missing --commissioner and --summary\n"),
                (["project", "new", "B", "--summary", "S."], "policylab: error: missing --commissioner\n"),
                (
                    ["impact", "claim", "alpha", "Claim", "--kind", "participation", "--evidence", "nope"],
                    "--evidence: project 'alpha' has no evidence 'nope'"
                ),
            ]
            let head = try CLI.git(["rev-parse", "HEAD"], in: kb)
            for (arguments, message) in cases {
                let run = try CLI.policylab(arguments, in: kb)
                #expect(run.status == 2, "\(arguments): \(run)")
                #expect(run.stderr.hasPrefix("policylab: error: "), "\(arguments): \(run)")
                #expect(run.stderr.contains(message), "\(arguments): \(run)")
                #expect(run.stdout == "", "\(arguments): \(run)")
            }
            #expect(try CLI.git(["rev-parse", "HEAD"], in: kb) == head)
            #expect(try CLI.git(["status", "--porcelain"], in: kb) == "?? folder/\n")
        }
    }

    @Test func tooLargeEvidenceFileIsRefused() throws {
        try CLI.withTemporaryDirectory { dir in
            let kb = try initialised(dir)
            try write(["project", "new", "Alpha", "--commissioner", "DfT", "--summary", "A project."], in: kb)
            #expect(FileManager.default.createFile(atPath: kb + "/big.bin", contents: nil))
            let handle = try #require(FileHandle(forWritingAtPath: kb + "/big.bin"))
            try handle.truncate(atOffset: 51 << 20)
            try handle.close()
            let run = try CLI.policylab(
                ["evidence", "link", "alpha", "--title", "Data", "--kind", "dataset", "--file", "big.bin", "--access", "public"], in: kb)
            #expect(run.status == 2)
            #expect(run.stderr == "policylab: error: --file: 'big.bin' is 51 MiB, over the 50 MiB limit; publish it elsewhere and use --url\n")
        }
    }

    @Test func eightConcurrentWritersAllLand() throws {
        try CLI.withTemporaryDirectory { dir in
            let kb = try initialised(dir)
            let head = try CLI.git(["rev-parse", "HEAD"], in: kb).trimmingCharacters(in: .newlines)
            let processes = try (0..<8).map { index in
                try Writer.start(["method", "new", "Method \(index)", "--phase", "discover", "--summary", "Number \(index)."], in: kb)
            }
            for process in processes { process.waitUntilExit() }
            #expect(processes.map(\.terminationStatus) == Array(repeating: 0, count: 8))
            let subjects = try CLI.git(["log", "--format=%s", "\(head)..HEAD"], in: kb).split(separator: "\n").map(String.init)
            #expect(Set(subjects) == Set((0..<8).map { "method: add method-\($0)" }))
            #expect(subjects.count == 8)
            _ = try CLI.git(["fsck", "--strict"], in: kb)
            #expect(try CLI.git(["status", "--porcelain"], in: kb) == "")
        }
    }

    @Test func writersKilledAtAnyMomentLeaveAUsableRepository() throws {
        try CLI.withTemporaryDirectory { dir in
            let kb = try initialised(dir)
            for index in 0..<12 {
                let process = try Writer.start(["method", "new", "Killed \(index)", "--phase", "discover", "--summary", "Number \(index)."], in: kb)
                usleep(UInt32.random(in: 0...120_000))
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                // A killed policylab's index.lock is removed by the next command; a reference lock
                // libgit2 left (its owner unknown) is named by the next writer, and removing it is the remedy.
                let lock = kb + "/.git/refs/heads/main.lock"
                if FileManager.default.fileExists(atPath: lock) {
                    let blocked = try CLI.policylab(["method", "new", "Blocked", "--phase", "discover", "--summary", "S."], in: kb)
                    #expect(blocked.status == 3 && blocked.stderr.contains(lock), "\(blocked)")
                    try FileManager.default.removeItem(atPath: lock)
                }
                _ = try CLI.git(["fsck", "--strict"], in: kb)
                let worktree = try CLI.policylab(["check"], in: kb)
                #expect(worktree.status == 0, "working tree after kill \(index): \(worktree)")
                let committed = try CLI.policylab(["check", "--rev", "HEAD"], in: kb)
                #expect(committed.status == 0, "HEAD after kill \(index): \(committed)")
                #expect(try CLI.git(["status", "--porcelain", "--untracked-files=all"], in: kb) == "", "after kill \(index)")
            }
            // And the repository still takes writes.
            let after = try CLI.policylab(["method", "new", "After", "--phase", "discover", "--summary", "S."], in: kb)
            #expect(after.status == 0, "\(after)")
        }
    }

    @Test func aBareRepositoryTakesWritesAndADetachedHeadIsRefused() throws {
        try CLI.withTemporaryDirectory { dir in
            let kb = try initialised(dir)
            _ = try CLI.git(["clone", "-q", "--bare", kb, dir + "/bare.git"], in: dir)
            let bare = try CLI.policylab(["-C", dir + "/bare.git", "method", "new", "Remote", "--phase", "discover", "--summary", "S."], in: dir)
            #expect(bare.status == 0, "\(bare)")
            #expect(try CLI.git(["log", "-1", "--format=%s"], in: dir + "/bare.git") == "method: add remote\n")
            _ = try CLI.git(["checkout", "-q", "--detach"], in: kb)
            let detached = try CLI.policylab(["method", "new", "X", "--phase", "discover", "--summary", "S."], in: kb)
            #expect(detached.status == 3)
            #expect(detached.stderr.contains("HEAD is detached at"), "\(detached)")
        }
    }
}

/// Starts `policylab` without waiting, for concurrency and crash tests.
enum Writer {
    static func start(_ arguments: [String], in directory: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try CLI.executable())
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = CLI.baseEnvironment().merging(CLI.identity) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }
}

import Foundation
import Testing

/// `policylab search` end to end, on the `valid-kb` fixture.
@Suite struct SearchCommandTests {
    /// Runs `policylab` in a copy of `valid-kb` (a plain folder).
    static func run(_ arguments: [String]) throws -> Run {
        try CLI.withTemporaryDirectory { dir in
            try CLI.copyFixture("valid-kb", to: dir + "/kb")
            return try CLI.policylab(arguments, in: dir + "/kb")
        }
    }

    @Test func textResults() throws {
        let run = try Self.run(["search", "interviews", "--limit", "2"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr == "")
        #expect(
            run.stdout == """
                method:interviews  In-depth interviews
                  toolkit/methods/interviews.md
                  In-depth **interviews**

                lesson:interviews-first  Interview before you design
                  lessons/interviews-first.md
                  **Interviews** shaped the questions the panels answered.

                """)
    }

    @Test func jsonResults() throws {
        let run = try Self.run(["search", "INTERVIEWS", "--kind", "lessons", "--format", "json"])
        #expect(run.status == 0, "\(run)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(document["query"] as? String == "INTERVIEWS")
        let results = try #require(document["results"] as? [[String: Any]])
        #expect(results.map { $0["ref"] as? String } == ["lesson:interviews-first"])
        let first = try #require(results.first)
        #expect(first["kind"] as? String == "lesson")
        #expect(first["title"] as? String == "Interview before you design")
        #expect(first["path"] as? String == "lessons/interviews-first.md")
        #expect(first["snippet"] as? String == "**Interviews** shaped the questions the panels answered.")
        #expect((first["score"] as? Double ?? 0) > 0)
    }

    @Test func noMatchIsNotAnError() throws {
        let run = try Self.run(["search", "zzqxjv"])
        #expect(run.status == 0)
        #expect(run.stdout == "no records match 'zzqxjv'\n")
        let json = try Self.run(["search", "zzqxjv", "--format", "json"])
        #expect(json.stdout.contains("\"results\" : [\n\n  ]") || json.stdout.contains("\"results\" : []"))
    }

    @Test func usageErrors() throws {
        let kind = try Self.run(["search", "x", "--kind", "lesons"])
        #expect(kind.status == 2)
        #expect(kind.stderr.hasPrefix("policylab: error: unknown kind 'lesons' (expected methods, projects, lessons, evidence or claims)"))
        let limit = try Self.run(["search", "x", "--limit", "0"])
        #expect(limit.status == 2)
        #expect(limit.stderr.hasPrefix("policylab: error: --limit must be at least 1"))
        let empty = try Self.run(["search", "--", "-- !"])
        #expect(empty.status == 2)
        #expect(empty.stderr.hasPrefix("policylab: error: the query has no words to search for"))
    }

    @Test func notAKnowledgeBase() throws {
        try CLI.withTemporaryDirectory { dir in
            let run = try CLI.policylab(["search", "x"], in: dir)
            #expect(run.status == 3)
        }
    }

    @Test func aRepositoryCachesItsIndexAndReadsRevisions() throws {
        try CLI.withTemporaryDirectory { dir in
            let kb = dir + "/kb"
            try CLI.repository(from: "valid-kb", at: kb)
            let foreground = ["POLICYLAB_SEARCH_INDEX": "foreground"]
            let first = try CLI.policylab(["search", "interviews", "--rev", "main"], in: kb, environment: foreground)
            #expect(first.status == 0, "\(first)")
            #expect(FileManager.default.fileExists(atPath: kb + "/.git/policylab/search-revision.idx"))
            try CLI.write(
                "---\nid: harbour\ntitle: Harbour lesson\nsummary: Boats.\nmethods: [interviews]\n---\nThe harbour board listened.\n",
                to: kb + "/lessons/harbour.md")
            let working = try CLI.policylab(["search", "harbour"], in: kb, environment: foreground)
            #expect(working.stdout.hasPrefix("lesson:harbour  Harbour lesson\n"), "\(working)")
            #expect(FileManager.default.fileExists(atPath: kb + "/.git/policylab/search-worktree.idx"))
            let committed = try CLI.policylab(["search", "harbour", "--rev", "main"], in: kb)
            #expect(committed.stdout == "no records match 'harbour'\n")
            try CLI.git(["add", "-A"], in: kb)
            try CLI.git(["commit", "-q", "-m", "Harbour"], in: kb)
            let after = try CLI.policylab(["search", "harbour", "--rev", "main"], in: kb)
            #expect(after.stdout.hasPrefix("lesson:harbour  Harbour lesson\n"), "\(after)")
        }
    }

    /// With no index, the query is answered at once and a detached process builds the index.
    @Test func theIndexIsBuiltInTheBackground() throws {
        try CLI.withTemporaryDirectory { dir in
            let kb = dir + "/kb"
            try CLI.repository(from: "valid-kb", at: kb)
            let index = kb + "/.git/policylab/search-worktree.idx"
            let first = try CLI.policylab(["search", "interviews", "--limit", "1"], in: kb)
            #expect(first.stdout.hasPrefix("method:interviews  In-depth interviews\n"), "\(first)")
            var waited = 0
            while !FileManager.default.fileExists(atPath: index), waited < 600 {
                usleep(100_000)
                waited += 1
            }
            #expect(FileManager.default.fileExists(atPath: index))
            let off = try CLI.policylab(
                ["search", "interviews", "--limit", "1", "--rev", "main"], in: kb, environment: ["POLICYLAB_SEARCH_INDEX": "off"])
            #expect(off.stdout == first.stdout)
            #expect(!FileManager.default.fileExists(atPath: kb + "/.git/policylab/search-revision.idx"))
        }
    }

    /// A search of a repository's working tree starts a watcher that stays for the next queries,
    /// sees edits, and stops when the repository is removed.
    @Test func aWatcherServesTheNextQueriesUntilTheRepositoryGoes() throws {
        let (pid, kb) = try CLI.withTemporaryDirectory { dir -> (Int32, String) in
            let kb = dir + "/kb"
            try CLI.repository(from: "valid-kb", at: kb)
            let watching = ["POLICYLAB_SEARCH_WATCH": "", "POLICYLAB_SEARCH_INDEX": "foreground"]
            let off = try CLI.policylab(["search", "interviews"], in: kb, environment: ["POLICYLAB_SEARCH_INDEX": "foreground"])
            #expect(off.status == 0, "\(off)")
            #expect(!FileManager.default.fileExists(atPath: kb + "/.git/policylab/search-watch.sock"))
            let first = try CLI.policylab(["search", "interviews"], in: kb, environment: watching)
            #expect(first.stdout == off.stdout)
            let lock = kb + "/.git/policylab/search-watch.lock"
            var waited = 0
            while (try? String(contentsOfFile: lock, encoding: .utf8))?.hasSuffix("\n") != true, waited < 100 {
                usleep(100_000)
                waited += 1
            }
            let pid = try #require(Int32((try String(contentsOfFile: lock, encoding: .utf8)).dropLast()), "no watcher started")
            #expect(try CLI.policylab(["search", "interviews"], in: kb, environment: watching).stdout == off.stdout)
            try CLI.write(
                "---\nid: quorum-notes\ntitle: Quorum notes\nsummary: Notes.\ndate: 2026-01-01\n---\nA quorum.\n", to: kb + "/lessons/quorum-notes.md"
            )
            let edited = try CLI.policylab(["search", "quorum"], in: kb, environment: watching)
            #expect(edited.stdout.hasPrefix("lesson:quorum-notes  Quorum notes\n"), "\(edited)")
            #expect(Self.isRunning(pid))
            return (pid, kb)
        }
        #expect(!FileManager.default.fileExists(atPath: kb))
        var waited = 0
        while Self.isRunning(pid), waited < 100 {
            usleep(100_000)
            waited += 1
        }
        #expect(!Self.isRunning(pid), "the watcher \(pid) still runs after its repository was removed")
    }

    /// Whether process `pid` runs (a process that ended but was not yet reaped does not).
    static func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let state = stat.split(separator: ")").last?.split(separator: " ").first
        else { return false }
        return state != "Z" && state != "X"
    }
}

import Foundation
import Testing

/// Files that anything on the machine, or a contributor's branch, can put in the way: each gets a
/// finding or a rebuild, never a crash, a hang or a blow-up.
@Suite struct HostileFilesTests {
    private func withKnowledgeBase(_ body: (String) throws -> Void) throws {
        try CLI.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try CLI.repository(from: "valid-kb", at: root)
            try body(root)
        }
    }

    @Test func aGiantHistoryCacheIsRefusedUnreadAndRebuilt() throws {
        try withKnowledgeBase { root in
            #expect(try CLI.policylab(["history", "project:alpha"], in: root).status == 0)
            let cache = root + "/.git/policylab/history-cache"
            // 1 GiB of zeros (a sparse file: nothing is written to disk).
            try FileManager.default.removeItem(atPath: cache)
            #expect(FileManager.default.createFile(atPath: cache, contents: nil))
            #expect(truncate(cache, 1 << 30) == 0)
            let run = try CLI.policylab(["history", "project:alpha"], in: root)
            #expect(run.status == 0, "\(run)")
            #expect(
                run.stderr
                    == "policylab: note: the history cache \(root)/.git/policylab/history-cache was damaged (history index: not an index) and is rebuilt\n"
            )
            #expect(run.stdout.contains("project:alpha"))
            let size = try FileManager.default.attributesOfItem(atPath: cache)[.size] as? Int ?? 0
            #expect(size > 0 && size < 1 << 20, "rebuilt small: \(size) bytes")
            #expect(try CLI.policylab(["history", "project:alpha"], in: root).stderr == "")
        }
    }

    @Test func aHistoryCacheWhoseHeaderLiesAboutItsLengthIsRefused() throws {
        try withKnowledgeBase { root in
            #expect(try CLI.policylab(["history", "project:alpha"], in: root).status == 0)
            let cache = root + "/.git/policylab/history-cache"
            let size = try FileManager.default.attributesOfItem(atPath: cache)[.size] as? Int ?? 0
            #expect(truncate(cache, off_t(size + 4096)) == 0)
            let run = try CLI.policylab(["history", "project:alpha"], in: root)
            #expect(run.stderr.contains("(history index: its header says \(size) bytes but it has \(size + 4096)) and is rebuilt"), "\(run)")
        }
    }

    @Test func aFIFOInPlaceOfTheSearchIndexCannotHangSearch() throws {
        try withKnowledgeBase { root in
            let folder = root + "/.git/policylab"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for name in ["search-worktree.idx", "search-worktree.watched"] { #expect(mkfifo(folder + "/" + name, 0o644) == 0) }
            // A hang would be killed by the test runner after a minute and fail here.
            let run = try CLI.policylab(["search", "bus"], in: root, environment: ["POLICYLAB_SEARCH_INDEX": "foreground"])
            #expect(run.status == 0, "\(run)")
            #expect(run.stdout.contains("claim:alpha/timetable-changed"))
            var info = stat()
            #expect(lstat(folder + "/search-worktree.idx", &info) == 0 && info.st_mode & S_IFMT == S_IFREG, "replaced by a real index")
        }
    }

    @Test func aFolderNameThatIsNotUTF8IsAFindingInEveryCommand() throws {
        try withKnowledgeBase { root in
            let name = root + "/projects/caf"
            // "projects/caf" + byte 0xE9, made with the C call so that no Swift string has to hold it.
            let bad = Array(name.utf8) + [0xE9, 0]
            #expect(
                bad.withUnsafeBufferPointer { pointer in
                    pointer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bad.count) { mkdir($0, 0o755) }
                } == 0)
            try CLI.git(["add", "-A"], in: root)
            for command in [["check"], ["list", "projects"], ["status"], ["search", "bus"], ["export", "--out", root + "/../export"]] {
                let run = try CLI.policylab(command, in: root)
                #expect(run.status != 3 && !run.stderr.contains("cannot read"), "\(command): \(run)")
            }
            let check = try CLI.policylab(["check"], in: root)
            #expect(check.status == 1)
            #expect(
                check.stderr.hasPrefix(
                    "projects/caf\\xE9: error: the name is not valid UTF-8 (shown with \\x escapes): rename it; nothing in it is read\n"), "\(check)")
        }
    }

    @Test func aCommittedNameThatIsNotUTF8IsAFindingFromARevisionToo() throws {
        try withKnowledgeBase { root in
            let folder = Array((root + "/projects/caf").utf8) + [0xE9, 0]
            #expect(
                folder.withUnsafeBufferPointer { pointer in
                    pointer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: folder.count) { mkdir($0, 0o755) }
                } == 0)
            let project = try String(contentsOfFile: root + "/projects/beta/project.md", encoding: .utf8)
            let file = Array((root + "/projects/caf").utf8) + [0xE9] + Array("/project.md".utf8) + [0]
            let written = file.withUnsafeBufferPointer { pointer in
                pointer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: file.count) { path in
                    writeFile(path, project)
                }
            }
            #expect(written)
            try CLI.git(["add", "-A"], in: root)
            try CLI.git(["commit", "-q", "-m", "A folder named in Latin-1"], in: root)
            let check = try CLI.policylab(["check", "--rev", "HEAD"], in: root)
            #expect(check.status == 1, "\(check)")
            #expect(check.stderr.contains("projects/caf\\xE9/project.md: error: name 'caf\\xE9' is not a valid id"), "\(check)")
            try CLI.git(["switch", "-q", "-c", "latin", "HEAD"], in: root)
            try CLI.git(["switch", "-q", "main"], in: root)
            #expect(try CLI.policylab(["review", "latin", "--base", "HEAD~1"], in: root).status == 1)
        }
    }
}

/// Writes `text` to the file at the C path `path`.
private func writeFile(_ path: UnsafePointer<CChar>, _ text: String) -> Bool {
    guard let file = fopen(path, "w") else { return false }
    defer { fclose(file) }
    return fputs(text, file) >= 0
}

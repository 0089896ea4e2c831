import Foundation
import GitKit
import Testing

@Suite struct IndexTests {
    /// A work tree made by `/usr/bin/git` with one commit, plus a staged and an unstaged change.
    private func makeRepository(_ dir: String) throws -> Repository {
        try Support.git(["init", "-q", "-b", "main"], in: dir)
        try Support.write("one\n", to: dir + "/records/one.md")
        try Support.write("gone\n", to: dir + "/records/gone.md")
        try Support.git(["add", "-A"], in: dir)
        try Support.git(["commit", "-q", "-m", "start"], in: dir)
        try Support.write("staged\n", to: dir + "/staged.md")
        try Support.git(["add", "staged.md"], in: dir)
        try Support.write("one, edited by hand\n", to: dir + "/records/one.md")
        return try Repository.open(at: dir)
    }

    @Test func updatesTouchedEntriesAndKeepsTheRest() throws {
        try Support.withTemporaryDirectory { dir in
            let repository = try makeRepository(dir)
            let head = try repository.resolveCommit("HEAD")
            // What policylab does: commit through an in-memory index, then write the files.
            let text = "two\n"
            let blob = try repository.writeBlob(Array(text.utf8))
            let tree = try repository.buildTree(
                base: try repository.commit(head).tree,
                changes: [
                    "records/two.md": .blob(blob), "records/gone.md": .remove,
                ])
            let commit = try repository.createCommit(
                tree: tree, parents: [head], author: Support.author,
                committer: Support.author, message: "two\n")
            try repository.updateReference("refs/heads/main", to: commit, expecting: head, logMessage: "two")
            try Support.write(text, to: dir + "/records/two.md")
            try FileManager.default.removeItem(atPath: dir + "/records/gone.md")

            let before = try Support.git(["status", "--porcelain"], in: dir)
            #expect(
                before == """
                    AD records/gone.md
                     M records/one.md
                    D  records/two.md
                    A  staged.md
                    ?? records/two.md

                    """)
            try repository.updateIndexEntries(["records/two.md": blob, "records/gone.md": nil], temporaryDirectory: NSTemporaryDirectory())
            let after = try Support.git(["status", "--porcelain"], in: dir)
            #expect(after == " M records/one.md\nA  staged.md\n")
            let staged = try Support.git(["diff", "--cached", "--name-only"], in: dir)
            #expect(staged == "staged.md\n")
            let listed = try Support.git(["ls-files", "--stage", "records/two.md"], in: dir)
            #expect(listed == "100644 \(blob.hex) 0\trecords/two.md\n")
            // The entry carries the file's stat data, so git need not re-hash the file.
            let debug = try Support.git(["ls-files", "--debug", "records/two.md"], in: dir)
            #expect(debug.contains("size: 4\t"))
            #expect(!debug.contains("mtime: 0:0"))
            try Support.git(["fsck", "--strict", "--no-dangling"], in: dir)
        }
    }

    @Test func entryForAFileThatDiffersKeepsTheBlob() throws {
        try Support.withTemporaryDirectory { dir in
            let repository = try makeRepository(dir)
            let blob = try repository.writeBlob(Array("not what is on disk\n".utf8))
            try repository.updateIndexEntries(["records/one.md": blob, "absent.md": nil], temporaryDirectory: NSTemporaryDirectory())
            let listed = try Support.git(["ls-files", "--stage", "records/one.md"], in: dir)
            #expect(listed == "100644 \(blob.hex) 0\trecords/one.md\n")
        }
    }

    @Test func reportsALockedIndex() throws {
        try Support.withTemporaryDirectory { dir in
            let repository = try makeRepository(dir)
            try Support.write("", to: dir + "/.git/index.lock")
            let error = Support.gitError { try repository.updateIndexEntries(["staged.md": nil], temporaryDirectory: NSTemporaryDirectory()) }
            #expect(error?.code == .locked)
            #expect(error?.description == "lock failed: cannot lock '\(dir)/.git/index.lock': the file exists")
            #expect(try Support.git(["ls-files", "staged.md"], in: dir) == "staged.md\n", "the index is unchanged")
        }
    }

    @Test func doesNothingInABareRepository() throws {
        try Support.withTemporaryDirectory { dir in
            let repository = try Repository.create(at: dir, bare: true)
            try repository.updateIndexEntries(["a.md": nil], temporaryDirectory: NSTemporaryDirectory())
            #expect(!FileManager.default.fileExists(atPath: dir + "/index"))
        }
    }

    /// Writers that each commit a file and add it to the index at the same time: every entry
    /// survives, because each read-change-write of the index happens under `index.lock`.
    @Test func concurrentIndexUpdatesLoseNoEntry() throws {
        try Support.withTemporaryDirectory { dir in
            _ = try makeRepository(dir)
            let writers = 8, each = 6
            let failures = LockedTexts()
            DispatchQueue.concurrentPerform(iterations: writers) { writer in
                do {
                    let repository = try Repository.open(at: dir)
                    for number in 0..<each {
                        let path = "records/w\(writer)-\(number).md"
                        try Support.write("\(path)\n", to: dir + "/" + path)
                        let blob = try repository.writeBlob(Array("\(path)\n".utf8))
                        while true {
                            do {
                                try repository.updateIndexEntries([path: blob], temporaryDirectory: dir + "/.git/tmp")
                                break
                            } catch let error as GitError where error.code == .locked {
                                usleep(500)
                            }
                        }
                    }
                } catch {
                    failures.record("\(error)")
                }
            }
            #expect(failures.all.isEmpty)
            let listed = try Support.git(["ls-files", "records"], in: dir).split(separator: "\n")
            #expect(listed.filter { $0.hasPrefix("records/w") }.count == writers * each)
            // Each new entry is staged with the file's stat data ("A " and nothing unstaged).
            let status = try Support.git(["status", "--porcelain", "records"], in: dir).split(separator: "\n")
            #expect(status.filter { !$0.hasPrefix("A  records/w") } == [" M records/one.md"])
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/.git/tmp").isEmpty, "no temporary file is left")
        }
    }

    @Test func aLockTakenByGitKitNamesItsOwnerAndIsRemovableOnlyOnceAbandoned() throws {
        try Support.withTemporaryDirectory { dir in
            let target = dir + "/index"
            let lock = try LockFile(for: target, temporaryDirectory: dir + "/tmp")
            let held = try #require(LockFile.inspect(target + ".lock"))
            #expect(held.ownerProcess == getpid())
            #expect(!held.isAbandoned, "its owner holds the flock")
            #expect(!LockFile.removeIfAbandoned(target + ".lock"))
            #expect(Support.gitError { _ = try LockFile(for: target, temporaryDirectory: dir + "/tmp") }?.code == .locked)
            lock.release()
            #expect(LockFile.inspect(target + ".lock") == nil)
            // A lock whose owner died: the mark, but nobody holds the flock.
            try Support.write("gitkit-lock pid 999999\n", to: target + ".lock")
            let abandoned = try #require(LockFile.inspect(target + ".lock"))
            #expect(abandoned.isAbandoned && abandoned.ownerProcess == 999_999)
            #expect(LockFile.removeIfAbandoned(target + ".lock"))
            // git's own lock: no mark, never removed.
            try Support.write("DIRC", to: target + ".lock")
            let foreign = try #require(LockFile.inspect(target + ".lock"))
            #expect(foreign.ownerProcess == nil && !foreign.isAbandoned)
            #expect(!LockFile.removeIfAbandoned(target + ".lock"))
        }
    }
}

/// Error texts collected from several threads.
private final class LockedTexts: @unchecked Sendable {
    private let lock = NSLock()
    private var texts: [String] = []
    func record(_ text: String) { lock.withLock { texts.append(text) } }
    var all: [String] { lock.withLock { texts } }
}

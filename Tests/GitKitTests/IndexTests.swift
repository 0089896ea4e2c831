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
            let tree = try repository.buildTree(base: try repository.commit(head).tree, changes: [
                "records/two.md": .blob(blob), "records/gone.md": .remove,
            ])
            let commit = try repository.createCommit(tree: tree, parents: [head], author: Support.author,
                                                     committer: Support.author, message: "two\n")
            try repository.updateReference("refs/heads/main", to: commit, expecting: head, logMessage: "two")
            try Support.write(text, to: dir + "/records/two.md")
            try FileManager.default.removeItem(atPath: dir + "/records/gone.md")

            let before = try Support.git(["status", "--porcelain"], in: dir)
            #expect(before == """
                AD records/gone.md
                 M records/one.md
                D  records/two.md
                A  staged.md
                ?? records/two.md

                """)
            try repository.updateIndexEntries(["records/two.md": blob, "records/gone.md": nil])
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
            try repository.updateIndexEntries(["records/one.md": blob, "absent.md": nil])
            let listed = try Support.git(["ls-files", "--stage", "records/one.md"], in: dir)
            #expect(listed == "100644 \(blob.hex) 0\trecords/one.md\n")
        }
    }

    @Test func reportsALockedIndex() throws {
        try Support.withTemporaryDirectory { dir in
            let repository = try makeRepository(dir)
            try Support.write("", to: dir + "/.git/index.lock")
            let error = Support.gitError { try repository.updateIndexEntries(["staged.md": nil]) }
            #expect(error?.code == .locked)
            #expect(error?.description == "git_index_write failed: cannot lock '\(dir)/.git/index.lock': "
                + "the index is locked; this might be due to a concurrent or crashed process")
        }
    }

    @Test func doesNothingInABareRepository() throws {
        try Support.withTemporaryDirectory { dir in
            let repository = try Repository.create(at: dir, bare: true)
            try repository.updateIndexEntries(["a.md": nil])
            #expect(!FileManager.default.fileExists(atPath: dir + "/index"))
        }
    }
}

import Foundation
import GitKit
import Testing

@Suite struct ObjectTests {
    @Test func blobsRoundTripAndMatchGitHashObject() throws {
        try Support.withTemporaryDirectory { dir in
            let repository = try Repository.create(at: dir)
            let bytes: [UInt8] = Array("hello\n".utf8) + [0, 255]
            let id = try repository.writeBlob(bytes)
            #expect(try repository.blob(id) == bytes)
            #expect(try repository.blobSize(id) == 8)
            let empty = try repository.writeBlob([])
            #expect(empty.hex == "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391")
            #expect(try repository.blob(empty) == [])
            #expect(try repository.blobSize(empty) == 0)
            try Support.write("hello\n", to: dir + "/hello.txt")
            let expected = try Support.git(["hash-object", "hello.txt"], in: dir)
            #expect(try repository.writeBlob(Array("hello\n".utf8)).hex + "\n" == expected)
        }
    }

    @Test func readingAMissingOrMistypedObjectFails() throws {
        try Support.withTemporaryDirectory { dir in
            let repository = try Repository.create(at: dir)
            let missing = try #require(ObjectID(hex: String(repeating: "ab", count: 20)))
            let error = Support.gitError { _ = try repository.blob(missing) }
            #expect(error?.code == .notFound)
            #expect(error?.description == "git_blob_lookup failed: object not found - no match for id (\(missing.hex))")
            let tree = try repository.buildTree(base: nil, changes: [:])
            let sizeError = Support.gitError { _ = try repository.blobSize(tree) }
            #expect(sizeError?.description == "git_odb_read_header failed: object \(tree.hex) is not a blob")
        }
    }

    @Test func writesAndReadsBackACommit() throws {
        try Support.withTemporaryDirectory { dir in
            let repository = try Repository.create(at: dir)
            let first = try Support.commit(repository, ["README.md": "# KB\n"], message: "Start\n\nBody\n")
            let committer = Signature(
                name: "Bot", email: "bot@example.org",
                date: Date(timeIntervalSince1970: 1_700_000_100),
                timeZoneOffsetMinutes: -300)
            let tree = try repository.buildTree(
                base: try repository.commit(first).tree,
                changes: ["notes/a.md": .blob(try repository.writeBlob([65]))])
            let second = try repository.createCommit(
                tree: tree, parents: [first], author: Support.author,
                committer: committer, message: "Add a\n")
            let commit = try repository.commit(second)
            #expect(commit.id == second)
            #expect(commit.tree == tree)
            #expect(commit.parents == [first])
            #expect(commit.author == Support.author)
            #expect(commit.committer == committer)
            #expect(commit.message == "Add a\n")
            #expect(try repository.commit(first).summary == "Start")
            #expect(try repository.commit(first).parents == [])
            #expect(try repository.head() == .branch(name: "refs/heads/main", tip: nil), "no ref moved")

            let shown = try Support.git(["cat-file", "-p", second.hex], in: dir)
            #expect(
                shown == """
                    tree \(tree.hex)
                    parent \(first.hex)
                    author Ada Lovelace <ada@example.org> 1700000000 +0200
                    committer Bot <bot@example.org> 1700000100 -0500

                    Add a

                    """)
            try Support.git(["fsck", "--strict", "--no-dangling"], in: dir)
        }
    }

    @Test func rejectsSignaturesGitCannotStore() throws {
        try Support.withTemporaryDirectory { dir in
            let repository = try Repository.create(at: dir)
            let tree = try repository.buildTree(base: nil, changes: [:])
            var bad = Support.author
            bad.name = "Eve <x>"
            let error = Support.gitError {
                _ = try repository.createCommit(tree: tree, parents: [], author: bad, committer: bad, message: "x\n")
            }
            #expect(
                error?.description
                    == "git_signature_new failed: failed to parse signature - Neither `name` nor `email` should contain angle brackets chars.")
        }
    }
}

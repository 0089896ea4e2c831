import Foundation
import GitKit
import Testing

@Suite struct BuildTreeTests {
    /// Every file path under `tree` with its blob text, as `git ls-tree -r` would list them.
    private func files(_ repository: Repository, _ tree: ObjectID) throws -> [String: String] {
        var result: [String: String] = [:]
        try repository.walkTree(tree) { path, entry in
            if entry.kind != .tree {
                result[path] = String(decoding: try repository.blob(entry.id), as: UTF8.self)
            }
            return true
        }
        return result
    }

    @Test func addsNestedFilesToTheEmptyTree() throws {
        try Support.withTemporaryDirectory { dir in
            let repository = try Repository.create(at: dir)
            let empty = try repository.buildTree(base: nil, changes: [:])
            #expect(empty.hex == "4b825dc642cb6eb9a060e54bf8d69288fbee4904")
            let a = try repository.writeBlob(Array("a".utf8))
            let tool = try repository.writeBlob(Array("#!/bin/sh\n".utf8))
            let tree = try repository.buildTree(
                base: nil,
                changes: [
                    "a.md": .blob(a), "x/y/z.md": .blob(a), "x/tool.sh": .blob(tool, executable: true),
                ])
            #expect(try files(repository, tree) == ["a.md": "a", "x/y/z.md": "a", "x/tool.sh": "#!/bin/sh\n"])
            #expect(try repository.entry(at: "x/tool.sh", inTree: tree)?.kind == .executable)
            #expect(try repository.entry(at: "x/y", inTree: tree)?.kind == .tree)
            let listing = try Support.git(["ls-tree", "-r", tree.hex], in: dir)
            #expect(
                listing == """
                    100644 blob \(a.hex)\ta.md
                    100755 blob \(tool.hex)\tx/tool.sh
                    100644 blob \(a.hex)\tx/y/z.md

                    """)
            try Support.git(["fsck", "--strict", "--no-dangling"], in: dir)
        }
    }

    @Test func appliesChangesToABaseAndDropsEmptiedFolders() throws {
        try Support.withTemporaryDirectory { dir in
            let repository = try Repository.create(at: dir)
            let base = try repository.commit(
                Support.commit(
                    repository,
                    [
                        "keep.md": "k", "old/only.md": "o", "deep/a/b.md": "b", "deep/c.md": "c", "dir/x.md": "x",
                        "dir/y/z.md": "z",
                    ])
            ).tree
            let new = try repository.writeBlob(Array("new".utf8))
            let tree = try repository.buildTree(
                base: base,
                changes: [
                    "old/only.md": .remove, "deep/a/b.md": .remove, "dir": .remove,
                    "keep.md": .blob(new), "fresh/n.md": .blob(new), "dir/again.md": .blob(new),
                ])
            #expect(
                try files(repository, tree) == [
                    "keep.md": "new", "deep/c.md": "c", "fresh/n.md": "new", "dir/again.md": "new",
                ])
            #expect(try repository.entry(at: "old", inTree: tree) == nil)
            #expect(try repository.entry(at: "deep/a", inTree: tree) == nil)
            #expect(try repository.treeEntries(tree).map(\.name) == ["deep", "dir", "fresh", "keep.md"])
        }
    }

    @Test func leavesTheIndexAndWorkTreeAlone() throws {
        try Support.withTemporaryDirectory { dir in
            let repository = try Repository.create(at: dir)
            try Support.write("staged\n", to: dir + "/staged.md")
            try Support.git(["add", "staged.md"], in: dir)
            let before = try Data(contentsOf: URL(fileURLWithPath: dir + "/.git/index"))
            _ = try Support.commit(repository, ["other.md": "other"])
            #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/.git/index")) == before)
            #expect(!FileManager.default.fileExists(atPath: dir + "/other.md"))
        }
    }

    @Test func reportsBadChanges() throws {
        try Support.withTemporaryDirectory { dir in
            let repository = try Repository.create(at: dir)
            let blob = try repository.writeBlob([1])
            let base = try repository.buildTree(base: nil, changes: ["a.md": .blob(blob)])
            func failure(_ changes: [String: TreeChange]) -> String? {
                Support.gitError { _ = try repository.buildTree(base: base, changes: changes) }?.description
            }
            #expect(
                failure(["nope.md": .remove])
                    == "git_treebuilder_remove failed: cannot remove 'nope.md': no such file or directory in the tree")
            #expect(failure(["a//b": .blob(blob)]) == "buildTree failed: invalid path 'a//b'")
            #expect(failure(["/a": .blob(blob)]) == "buildTree failed: invalid path '/a'")
            #expect(failure(["x/../a": .blob(blob)]) == "buildTree failed: invalid path 'x/../a'")
            #expect(failure([".git/config": .blob(blob)]) == "buildTree failed: invalid path '.git/config'")
            #expect(failure(["": .remove]) == "buildTree failed: invalid path ''")
            #expect(
                failure(["p": .blob(blob), "p/q": .blob(blob)])
                    == "buildTree failed: 'p' cannot be both a file and the directory of 'p/q'")
            let missing = try #require(ObjectID(hex: String(repeating: "cd", count: 20)))
            #expect(
                failure(["m.md": .blob(missing)])
                    == "git_treebuilder_insert failed: failed to insert entry: invalid object specified - m.md")
        }
    }

    @Test func replacesAFileByAFolderAndBack() throws {
        try Support.withTemporaryDirectory { dir in
            let repository = try Repository.create(at: dir)
            let blob = try repository.writeBlob(Array("v".utf8))
            let first = try repository.buildTree(base: nil, changes: ["p": .blob(blob)])
            let second = try repository.buildTree(base: first, changes: ["p/q.md": .blob(blob)])
            #expect(try files(repository, second) == ["p/q.md": "v"])
            let third = try repository.buildTree(base: second, changes: ["p": .blob(blob)])
            #expect(third == first)
        }
    }
}

import Foundation
import GitKit
import Testing

@Suite struct TreeWalkTests {
    /// A repository committed by `/usr/bin/git` with a symlink, an executable and nested folders.
    private func makeRepository(_ dir: String) throws -> (Repository, ObjectID) {
        try Support.git(["init", "-q", "-b", "main"], in: dir)
        try Support.write("# KB\n", to: dir + "/README.md")
        try Support.write("#!/bin/sh\necho hi\n", to: dir + "/bin/run.sh")
        try Support.write("deep\n", to: dir + "/docs/guide/intro.md")
        try Support.write("top\n", to: dir + "/docs/index.md")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir + "/bin/run.sh")
        try FileManager.default.createSymbolicLink(atPath: dir + "/link.md", withDestinationPath: "docs/index.md")
        try Support.git(["add", "-A"], in: dir)
        try Support.git(["commit", "-q", "-m", "fixture"], in: dir)
        let repository = try Repository.open(at: dir)
        return (repository, try repository.resolveCommit("HEAD"))
    }

    @Test func walksInPreOrderWithKinds() throws {
        try Support.withTemporaryDirectory { dir in
            let (repository, head) = try makeRepository(dir)
            var visited: [String] = []
            try repository.walkTree(try repository.commit(head).tree) { path, entry in
                visited.append("\(path) \(entry.kind)")
                return true
            }
            #expect(
                visited == [
                    "README.md blob", "bin tree", "bin/run.sh executable", "docs tree", "docs/guide tree",
                    "docs/guide/intro.md blob", "docs/index.md blob", "link.md symlink",
                ])
            let link = try #require(try repository.entry(at: "link.md", inTree: try repository.commit(head).tree))
            #expect(String(decoding: try repository.blob(link.id), as: UTF8.self) == "docs/index.md")
        }
    }

    @Test func skipsSubtreesWhenTold() throws {
        try Support.withTemporaryDirectory { dir in
            let (repository, head) = try makeRepository(dir)
            var visited: [String] = []
            try repository.walkTree(try repository.commit(head).tree) { path, entry in
                visited.append(path)
                return path != "docs"
            }
            #expect(visited == ["README.md", "bin", "bin/run.sh", "docs", "link.md"])
        }
    }

    @Test func findsEntriesByPath() throws {
        try Support.withTemporaryDirectory { dir in
            let (repository, head) = try makeRepository(dir)
            let tree = try repository.commit(head).tree
            let intro = try #require(try repository.entry(at: "docs/guide/intro.md", inTree: tree))
            #expect(intro.name == "intro.md")
            #expect(intro.kind == .blob)
            let expected = try Support.git(["rev-parse", "HEAD:docs/guide/intro.md"], in: dir)
            #expect(intro.id.hex + "\n" == expected)
            #expect(try repository.entry(at: "docs/missing.md", inTree: tree) == nil)
            #expect(try repository.entry(at: "README.md/x", inTree: tree) == nil)
            let error = Support.gitError { _ = try repository.entry(at: "docs//x", inTree: tree) }
            #expect(error?.description == "git_tree_entry_bypath failed: invalid path 'docs//x'")
            #expect(try repository.treeEntries(tree).map(\.name) == ["README.md", "bin", "docs", "link.md"])
        }
    }
}

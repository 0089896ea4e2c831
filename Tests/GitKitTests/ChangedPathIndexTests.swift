import Foundation
import GitKit
import Testing

/// The changed-path index compares raw tree objects; it must list exactly what git lists.
@Suite struct ChangedPathIndexTests {
    /// Each commit's changed paths as `git diff --name-only --no-renames` lists them (every file
    /// for a root commit).
    private func expectLikeGit(_ index: ChangedPathIndex, in dir: String) throws {
        let commits = try Support.git(["rev-list", "HEAD"], in: dir).split(separator: "\n").map(String.init)
        #expect(index.count == commits.count)
        for commit in commits {
            let id = try #require(ObjectID(hex: commit))
            let isRoot = try Support.git(["rev-list", "--parents", "-n", "1", commit], in: dir).split(separator: " ").count == 1
            let expected =
                isRoot
                ? try Support.git(["ls-tree", "-r", "--name-only", commit], in: dir)
                : try Support.git(["diff", "--name-only", "--no-renames", commit + "^", commit], in: dir)
            #expect(index.changedPaths(of: id)?.sorted() == expected.split(separator: "\n").map(String.init).sorted(), "\(commit)")
        }
    }

    @Test func listsWhatGitListsForTrickyTrees() throws {
        try Support.withTemporaryDirectory { dir in
            let git = { (arguments: [String]) in _ = try Support.git(arguments, in: dir) }
            try git(["init", "-q", "-b", "main"])
            // Names that sort differently as files and as folders ("a" < "a-" < "a.b" < "a/" < "a0"),
            // and a folder big enough that its changes sit far from both ends.
            for name in ["a", "a-", "a.b/x", "a0", "b/c/d"] { try Support.write(name + "\n", to: "\(dir)/\(name)") }
            for number in 0..<300 { try Support.write("\(number)\n", to: String(format: "\(dir)/big/f%03d", number)) }
            try git(["add", "-A"])
            try git(["commit", "-q", "-m", "start"])
            let steps: [() throws -> Void] = [
                { try Support.write("changed\n", to: dir + "/big/f000") },
                { try Support.write("changed\n", to: dir + "/big/f299") },
                {
                    try Support.write("changed\n", to: dir + "/big/f150"); try Support.write("new\n", to: dir + "/big/f150a")
                },
                {
                    try FileManager.default.removeItem(atPath: dir + "/a"); try Support.write("now a folder\n", to: dir + "/a/inside")
                },
                { try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir + "/a0") },
                { try FileManager.default.createSymbolicLink(atPath: dir + "/link", withDestinationPath: "a0") },
                { try FileManager.default.removeItem(atPath: dir + "/b") },
                {
                    try FileManager.default.removeItem(atPath: dir + "/big/f100"); try Support.write("x\n", to: dir + "/a.b/y")
                },
            ]
            for (number, step) in steps.enumerated() {
                try step()
                try git(["add", "-A"])
                try git(["commit", "-q", "-m", "step \(number)"])
            }
            // A merge: the index diffs it against its first parent.
            try git(["switch", "-q", "-c", "side", "HEAD~2"])
            try Support.write("side\n", to: dir + "/big/f200")
            try git(["commit", "-q", "-am", "side"])
            try git(["switch", "-q", "main"])
            try git(["merge", "-q", "--no-ff", "-m", "merge", "side"])

            let repository = try Repository.open(at: dir)
            var index = ChangedPathIndex()
            #expect(try repository.updateChangedPathIndex(&index, to: try repository.resolveCommit("HEAD")))
            try expectLikeGit(index, in: dir)
        }
    }

    @Test func givesTheSameIndexOnOneThreadAndOnSeveral() throws {
        try Support.withTemporaryDirectory { dir in
            let repository = try Repository.create(at: dir)
            var tip = try Support.commit(repository, ["big/f000": "0\n", "other/x": "x\n"])
            var tree = try repository.commit(tip).tree
            for number in 1...600 {
                let path = number % 7 == 0 ? "other/x" : String(format: "big/f%03d", number % 250)
                tip = try Support.commit(repository, [path: "\(number)\n"], base: tree, parents: [tip])
                tree = try repository.commit(tip).tree
            }
            try repository.updateReference("refs/heads/main", to: tip, expecting: nil, logMessage: "test")
            var serial = ChangedPathIndex(), parallel = ChangedPathIndex()
            try repository.updateChangedPathIndex(&serial, to: tip, workers: 1)
            try repository.updateChangedPathIndex(&parallel, to: tip, workers: 3)
            #expect(serial.count == 601 && parallel.count == 601)
            #expect(serial.commitsInOrder == parallel.commitsInOrder)
            #expect(serial.commitsInOrder.allSatisfy { serial.changedPaths(of: $0)?.sorted() == parallel.changedPaths(of: $0)?.sorted() })
        }
    }
}

import Foundation
import GitKit
import Testing

@Suite struct DiffMergeNotesTests {
    private let text = (1...20).map { "line \($0) of a record that is long enough to be similar" }.joined(separator: "\n") + "\n"

    @Test func diffFindsRenamesAndPathHistoryFollowsThem() throws {
        try Support.withTemporaryDirectory { dir in
            let repository = try Repository.create(at: dir)
            let first = try Support.commit(repository, ["a/old.md": text, "b.md": "b\n"], message: "first\n")
            let firstTree = try repository.commit(first).tree
            let second = try Support.commit(repository, ["a/new.md": text + "one more\n"], base: nil, parents: [first], message: "rename\n")
            let secondTree = try repository.commit(second).tree
            let deltas = try repository.diffTrees(old: firstTree, new: secondTree, detectRenames: true)
            #expect(deltas.map(\.status) == [.renamed, .deleted])
            #expect(deltas.first?.oldPath == "a/old.md" && deltas.first?.newPath == "a/new.md")
            #expect(try repository.diffTrees(old: firstTree, new: secondTree).map(\.status) == [.added, .deleted, .deleted])
            var seen: [(String, String?)] = []
            try repository.pathHistory(of: "a/new.md", from: second) { change in
                seen.append((change.path, change.previousPath))
                return true
            }
            #expect(seen.map(\.0) == ["a/new.md", "a/old.md"] && seen.map(\.1) == ["a/old.md", nil])
            #expect(try repository.commitIDs(from: second, hiding: [first]) == [second])
        }
    }

    @Test func mergesCleanlyOrReportsConflicts() throws {
        try Support.withTemporaryDirectory { dir in
            let repository = try Repository.create(at: dir)
            let base = try Support.commit(repository, ["f.md": "x\n", "g.md": "y\n"])
            let baseTree = try repository.commit(base).tree
            let ours = try Support.commit(repository, ["f.md": "ours\n"], base: baseTree, parents: [base])
            let theirs = try Support.commit(repository, ["g.md": "theirs\n"], base: baseTree, parents: [base])
            let clash = try Support.commit(repository, ["f.md": "clash\n"], base: baseTree, parents: [base])
            #expect(try repository.mergeBase(ours, theirs) == base)
            #expect(try repository.isDescendant(ours, of: base) && !repository.isDescendant(base, of: ours))
            guard case .clean(let tree) = try repository.mergeCommits(ours: ours, theirs: theirs) else {
                Issue.record("expected a clean merge")
                return
            }
            #expect(try repository.entry(at: "g.md", inTree: tree).map { try repository.blob($0.id) } == Array("theirs\n".utf8))
            guard case .conflicts(let conflicts) = try repository.mergeCommits(ours: ours, theirs: clash) else {
                Issue.record("expected a conflict")
                return
            }
            #expect(conflicts.map(\.path) == ["f.md"])
            let unrelated = try Support.commit(repository, ["h.md": "h\n"])
            #expect(try repository.mergeBase(ours, unrelated) == nil)
        }
    }

    @Test func notesReadWriteAndList() throws {
        try Support.withTemporaryDirectory { dir in
            let repository = try Repository.create(at: dir)
            let commit = try Support.commit(repository, ["f.md": "x\n"])
            let reference = "refs/notes/test"
            #expect(try repository.note(on: commit, notesReference: reference) == nil)
            #expect(try repository.notes(notesReference: reference).isEmpty)
            try repository.setNote("one\n", on: commit, notesReference: reference, author: Support.author, committer: Support.author)
            try repository.setNote("two\n", on: commit, notesReference: reference, author: Support.author, committer: Support.author)
            #expect(try repository.note(on: commit, notesReference: reference) == "two\n")
            #expect(try repository.notes(notesReference: reference) == [commit: "two\n"])
        }
    }

    @Test func pushRejectsANonFastForward() throws {
        try Support.withTemporaryDirectory { dir in
            let remote = try Repository.create(at: dir + "/remote.git", bare: true)
            let first = try Support.commit(remote, ["f.md": "x\n"])
            try remote.updateReference("refs/heads/main", to: first, expecting: nil, logMessage: "t")
            let local = try Repository.create(at: dir + "/local")
            try local.fetch(from: "file://" + dir + "/remote.git", refspecs: ["+refs/heads/main:refs/remotes/origin/main"])
            #expect(try local.referenceTarget("refs/remotes/origin/main") == first)
            let other = try Support.commit(local, ["f.md": "other\n"])
            try local.updateReference("refs/heads/main", to: other, expecting: nil, logMessage: "t")
            #expect(
                Support.gitError { try local.push(to: dir + "/remote.git", refspecs: ["refs/heads/main:refs/heads/main"]) }?.code == .nonFastForward)
            #expect(try remote.referenceTarget("refs/heads/main") == first)
        }
    }
}

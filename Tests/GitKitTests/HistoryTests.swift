import Foundation
import GitKit
import Testing

@Suite struct HistoryTests {
    /// Commits `files` with a committer date `seconds` after a fixed instant.
    private func commit(
        _ repository: Repository, _ text: String, parents: [ObjectID],
        at seconds: TimeInterval
    ) throws -> ObjectID {
        var signature = Support.author
        signature.date = Date(timeIntervalSince1970: 1_700_000_000 + seconds)
        let tree = try repository.buildTree(base: nil, changes: ["f.md": .blob(try repository.writeBlob(Array(text.utf8)))])
        return try repository.createCommit(
            tree: tree, parents: parents, author: signature, committer: signature,
            message: text + "\n")
    }

    @Test func walksNewestFirstInTopologicalOrder() throws {
        try Support.withTemporaryDirectory { dir in
            let repository = try Repository.create(at: dir)
            let root = try commit(repository, "root", parents: [], at: 0)
            let left = try commit(repository, "left", parents: [root], at: 10)
            // A skewed clock: "right" claims to be older than its parent; topology wins.
            let right = try commit(repository, "right", parents: [root], at: -50)
            let merge = try commit(repository, "merge", parents: [left, right], at: 20)
            let tip = try commit(repository, "tip", parents: [merge], at: 30)
            var seen: [String] = []
            try repository.walkHistory(from: tip) { commit in
                seen.append(commit.summary)
                return true
            }
            #expect(seen == ["tip", "merge", "left", "right", "root"])
            try repository.updateReference("refs/heads/main", to: tip, expecting: nil, logMessage: "x")
            // Children before parents, otherwise newest first: git's --date-order.
            let gitOrder = try Support.git(["log", "--date-order", "--format=%s", "main"], in: dir)
            #expect(seen.joined(separator: "\n") + "\n" == gitOrder)
        }
    }

    @Test func stopsWhenTheBodySaysSo() throws {
        try Support.withTemporaryDirectory { dir in
            let repository = try Repository.create(at: dir)
            var parents: [ObjectID] = []
            for index in 0..<5 {
                parents = [try commit(repository, "c\(index)", parents: parents, at: Double(index))]
            }
            var seen: [String] = []
            try repository.walkHistory(from: parents[0]) { commit in
                seen.append(commit.summary)
                return seen.count < 2
            }
            #expect(seen == ["c4", "c3"])
        }
    }
}

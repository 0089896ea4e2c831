import Foundation
import GitKit
import Testing

@testable import PolicyKit

/// The reference index a write keeps under `.git/policylab/`: saved, reused, brought up to date,
/// and never trusted when damaged.
@Suite struct ReferenceIndexTests {
    func tipIndex(_ kb: AuthoringRepository, _ cache: ReferenceIndexCache) throws -> ReferenceIndex {
        let tip = try #require(kb.head)
        return try cache.index(commit: tip, tree: try kb.repository.commit(tip).tree, in: kb.repository)
    }

    @Test("a write saves the index of its new tree, which the next write uses as it is")
    func writeKeepsTheIndex() throws {
        try AuthoringRepository.withFixture { kb in
            var lesson = NewLesson(id: rid("plan-early"), title: "Plan early", summary: "Book venues first.")
            lesson.projects = [rid("alpha")]
            let outcome = try kb.apply(lesson)
            #expect(outcome.notes.isEmpty)
            let cache = ReferenceIndexCache(gitDirectory: kb.repository.gitDirectory)
            let saved = try #require(cache.load())
            let commit = try #require(outcome.commit)
            #expect(saved.tree == (try kb.repository.commit(commit).tree))
            #expect(saved == (try ReferenceIndex.build(commit: commit, in: kb.repository)))
            #expect(saved["lessons/plan-early.md"]?.projects == [rid("alpha")])
        }
    }

    @Test("an index of an older tree is brought up to date from the tree diff")
    func updatedFromTheDiff() throws {
        try AuthoringRepository.withFixture { kb in
            let cache = ReferenceIndexCache(gitDirectory: kb.repository.gitDirectory)
            _ = try tipIndex(kb, cache)
            // A commit made outside policylab, after the index was saved.
            try kb.write("---\nid: late\ntitle: Late\nsummary: Late.\nstatus: draft\nmethods: [interviews]\n---\n", to: "lessons/late.md")
            try Support.commitEverything(in: kb.root, message: "outside\n")
            let fresh = ReferenceIndexCache(gitDirectory: kb.repository.gitDirectory)
            let index = try tipIndex(kb, fresh)
            #expect(index["lessons/late.md"]?.methods == [rid("interviews")])
            let head = try #require(kb.head)
            #expect(index == (try ReferenceIndex.build(commit: head, in: kb.repository)))
            #expect(fresh.notes.isEmpty)
        }
    }

    @Test(
        "a damaged, truncated or foreign index file is rebuilt, with one note saying why",
        arguments: ["truncated", "flipped", "garbage", "fifo", "link", "directory", "oversized header"])
    func damagedFileIsRebuilt(damage: String) throws {
        try AuthoringRepository.withFixture { kb in
            let good = try tipIndex(kb, ReferenceIndexCache(gitDirectory: kb.repository.gitDirectory))
            let path = ReferenceIndexCache(gitDirectory: kb.repository.gitDirectory).path
            var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            let reason: String
            try FileManager.default.removeItem(atPath: path)
            switch damage {
            case "truncated":
                try Support.write(Array(bytes.dropLast(7)), to: path)
                reason = "\(bytes.count - 7) bytes, but its header says \(bytes.count)"
            case "flipped":
                bytes[bytes.count - 3] ^= 0x20
                try Support.write(bytes, to: path)
                reason = "checksum mismatch"
            case "garbage":
                try Support.write(Array(String(repeating: "not an index ", count: 4).utf8), to: path)
                reason = "not a reference index"
            case "fifo":
                #expect(mkfifo(path, 0o644) == 0)
                reason = "it is not a regular file"
            case "link":
                try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/dev/zero")
                reason = "it is a symbolic link"
            case "directory":
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
                reason = "it is not a regular file"
            default:
                // A header announcing far more than the file holds is not believed.
                for index in 8..<16 { bytes[index] = 0xff }
                try Support.write(bytes, to: path)
                reason = "\(bytes.count) bytes, but its header says \(Int.max)"
            }
            let cache = ReferenceIndexCache(gitDirectory: kb.repository.gitDirectory)
            #expect(try tipIndex(kb, cache) == good)
            #expect(cache.notes == ["\(path) was not used (\(reason)); rebuilt it from the commit"])
            if damage != "directory" {
                #expect(ReferenceIndexCache(gitDirectory: kb.repository.gitDirectory).load() == good, "the rebuilt index replaced the file")
            }
        }
    }

    @Test("a write is refused for the errors it causes in records it does not write, and not for errors already there")
    func refusalReachesReferringRecords() throws {
        try AuthoringRepository.withFixture { kb in
            // An error the knowledge base already has, in a file the write does not touch.
            try kb.write("---\nid: broken\ntitle: Broken\nsummary: Broken.\nstatus: draft\nmethods: [no-such-method]\n---\n", to: "lessons/broken.md")
            let tip = try Support.commitEverything(in: kb.root, message: "broken lesson\n")
            let writer = CommitWriter(repository: kb.repository)
            let error = try #require(throws: WriteError.self) {
                try writer.write(message: "delete alpha\n", author: Support.author, committer: Support.author) { _ in
                    ["projects/alpha/project.md": nil]
                }
            }
            guard case .invalid(let refused) = error else { Issue.record("not refused as invalid: \(error)"); return }
            let descriptions = refused.map(\.description)
            #expect(descriptions.contains("projects/alpha/evidence/panel-report.md: error: evidence of project 'alpha', which has no project.md"))
            #expect(
                descriptions.contains("projects/alpha/impact/timetable-changed.md: error: impact claim of project 'alpha', which has no project.md"))
            #expect(!descriptions.contains { $0.hasPrefix("lessons/broken.md") })
            // Exactly what a full validation of the same commit refuses.
            var changes: [String: TreeChange] = [:]
            changes["projects/alpha/project.md"] = .remove
            let tree = try kb.repository.buildTree(base: try kb.repository.commit(tip).tree, changes: changes)
            let commit = try kb.repository.createCommit(tree: tree, parents: [tip], author: Support.author, committer: Support.author, message: "x\n")
            let full = try CommitWriter.fullyRefused(commit, changed: ["projects/alpha/project.md"], tip: tip, in: kb.repository)
            #expect(descriptions == full.map(\.description))
            #expect(kb.head == tip, "nothing was written")
        }
    }
}

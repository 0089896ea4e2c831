import Foundation
import GitKit
import Testing

@testable import PolicyKit

/// The history cache (`<gitdir>/policylab/history-cache`) changes how fast history is, never what it says.
@Suite struct HistoryCacheTests {
    private static let records = ["method:futures", "method:interviews", "method:workshops", "lesson:start-earlier"]

    private func history(_ name: String, _ kb: AuthoringRepository, cache: Bool) throws -> Data {
        let found = try RecordHistory.load(try RecordSelector(name), gitDirectory: kb.repository.gitDirectory, useCache: cache)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return try encoder.encode(found)
    }

    private func cacheFile(_ kb: AuthoringRepository) -> String {
        RecordHistoryCache.path(gitDirectory: kb.repository.gitDirectory)
    }

    /// Edits, a rename, a merge that took a record from one side, and a merge whose result
    /// differs from both sides (the history splits into two lines).
    private func makeHistory(_ kb: AuthoringRepository) throws {
        let eve = Contributor.cso
        try eve.commit(
            ["toolkit/methods/interviews.md": try kb.read("toolkit/methods/interviews.md") + "More.\n"], on: "main",
            message: "Edit interviews", in: kb.root)
        try eve.git(["mv", "lessons/start-early.md", "lessons/start-earlier.md"], in: kb.root)
        try eve.commit(
            [
                "lessons/start-earlier.md": try kb.read("lessons/start-earlier.md").replacingOccurrences(
                    of: "id: start-early", with: "id: start-earlier")
            ], on: "main", message: "Rename the lesson", in: kb.root)
        try eve.commit(
            ["toolkit/methods/futures.md": methodText("futures", title: "Futures thinking")], on: "proposal",
            message: "Retitle futures", in: kb.root)
        try eve.commit(
            ["toolkit/methods/workshops.md": try kb.read("toolkit/methods/workshops.md") + "Body on main.\n"],
            on: "main", message: "Workshops on main", in: kb.root)
        try kb.git("merge", "-q", "--no-ff", "-m", "Merge proposal", "proposal")
        let workshops = try kb.read("toolkit/methods/workshops.md")
        try eve.commit(
            ["toolkit/methods/workshops.md": workshops.replacingOccurrences(of: "title:", with: "title: Side")],
            on: "side", message: "Workshops on side", in: kb.root)
        try eve.commit(
            ["toolkit/methods/workshops.md": workshops + "Again on main.\n"], on: "main", message: "Workshops again",
            in: kb.root)
        try kb.git("merge", "-q", "--no-ff", "-m", "Merge side", "side")
    }

    @Test func givesTheSameHistoryWithAndWithoutTheCache() throws {
        try AuthoringRepository.withFixture { kb in
            try makeHistory(kb)
            let direct = try Self.records.map { try history($0, kb, cache: false) }
            #expect(!FileManager.default.fileExists(atPath: cacheFile(kb)))
            #expect(try Self.records.map { try history($0, kb, cache: true) } == direct)  // builds the cache
            #expect(FileManager.default.fileExists(atPath: cacheFile(kb)))
            #expect(try Self.records.map { try history($0, kb, cache: true) } == direct)  // reads it
            let workshops = try RecordHistory.load(try RecordSelector("method:workshops"), gitDirectory: kb.repository.gitDirectory)
            let gitLog = try kb.git("log", "--format=%s", "--", "toolkit/methods/workshops.md").split(separator: "\n").map(String.init)
            #expect(workshops.entries.first?.subject == "Merge side")
            #expect(workshops.entries.map(\.subject).sorted() == gitLog.sorted() && gitLog.count == 5)
        }
    }

    @Test func indexesTheFilesEachCommitChangedLikeGit() throws {
        try AuthoringRepository.withFixture { kb in
            try makeHistory(kb)
            _ = try history("method:futures", kb, cache: true)
            let index = try #require(try ChangedPathIndex.load(from: cacheFile(kb)))
            let commits = try kb.git("rev-list", "HEAD").split(separator: "\n").map(String.init)
            #expect(index.count == commits.count)
            for commit in commits {
                let id = try #require(ObjectID(hex: commit))
                let hasParent = try kb.git("rev-list", "--parents", "-n", "1", commit).split(separator: " ").count > 1
                let expected =
                    hasParent
                    ? try kb.git("diff", "--name-only", "--no-renames", commit + "^", commit)
                    : try kb.git("ls-tree", "-r", "--name-only", commit)
                #expect(index.changedPaths(of: id)?.sorted() == expected.split(separator: "\n").map(String.init).sorted())
            }
        }
    }

    @Test func addsOnlyNewCommitsToTheCache() throws {
        try AuthoringRepository.withFixture { kb in
            _ = try history("method:interviews", kb, cache: true)
            let before = try #require(try ChangedPathIndex.load(from: cacheFile(kb)))
            try makeHistory(kb)
            #expect(try history("method:workshops", kb, cache: true) == (try history("method:workshops", kb, cache: false)))
            let after = try #require(try ChangedPathIndex.load(from: cacheFile(kb)))
            let head = try #require(kb.head)
            #expect(after.contains(head) && !before.contains(head))
            #expect(after.count == Int(try kb.git("rev-list", "--count", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)))
            // The commits already there kept their place: only the new ones were diffed and appended.
            #expect(Array(after.commitsInOrder.prefix(before.count)) == before.commitsInOrder)
        }
    }

    @Test func rebuildsADamagedCache() throws {
        try AuthoringRepository.withFixture { kb in
            try makeHistory(kb)
            let direct = try Self.records.map { try history($0, kb, cache: false) }
            _ = try history("method:futures", kb, cache: true)
            let good = try Data(contentsOf: URL(fileURLWithPath: cacheFile(kb)))
            #expect(throws: ChangedPathIndex.FormatError.self) { try ChangedPathIndex(encoded: [UInt8](good.dropLast(3))) }
            var flipped = [UInt8](good)
            flipped[flipped.count / 2] ^= 0xff
            for damaged in [Data("garbage".utf8), Data(flipped), good.prefix(good.count / 2)] {
                try damaged.write(to: URL(fileURLWithPath: cacheFile(kb)))
                #expect(try Self.records.map { try history($0, kb, cache: true) } == direct)
                #expect(try ChangedPathIndex.load(from: cacheFile(kb)) != nil)
            }
        }
    }

    @Test func worksWhereTheCacheCannotBeWritten() throws {
        try AuthoringRepository.withFixture { kb in
            try makeHistory(kb)
            let direct = try Self.records.map { try history($0, kb, cache: false) }
            // A file where the cache directory should be: nothing can be written there (even by root).
            let directory = kb.repository.gitDirectory + "/policylab"
            try Data().write(to: URL(fileURLWithPath: directory))
            #expect(try Self.records.map { try history($0, kb, cache: true) } == direct)
            try FileManager.default.removeItem(atPath: directory)
            // A cache that exists but is read-only and behind: brought up to date in memory only.
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try ChangedPathIndex().save(to: cacheFile(kb))
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: directory)
            defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory) }
            #expect(try Self.records.map { try history($0, kb, cache: true) } == direct)
        }
    }

    @Test func concurrentRunsLeaveAUsableCache() throws {
        try AuthoringRepository.withFixture { kb in
            try makeHistory(kb)
            let direct = try history("method:workshops", kb, cache: false)
            let gitDirectory = kb.repository.gitDirectory
            let results = Results()
            DispatchQueue.concurrentPerform(iterations: 6) { _ in
                let found = Result { try RecordHistory.load(try RecordSelector("method:workshops"), gitDirectory: gitDirectory) }
                results.append(found.map { $0.entries.map(\.commit) })
            }
            let expected = try JSONDecoder().decode(RecordHistoryCommits.self, from: direct).entries.map(\.commit)
            #expect(try results.all.map { try $0.get() } == Array(repeating: expected, count: 6))
            #expect(try ChangedPathIndex.load(from: cacheFile(kb)) != nil)
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: gitDirectory + "/policylab")
            #expect(leftovers.sorted() == ["history-cache", "tmp"])
            #expect(try FileManager.default.contentsOfDirectory(atPath: gitDirectory + "/policylab/tmp") == [], "temporaries are renamed into place")
        }
    }
}

private struct RecordHistoryCommits: Decodable {
    struct Entry: Decodable { var commit: String }
    var entries: [Entry]
}

private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Result<[String], any Error>] = []
    func append(_ value: Result<[String], any Error>) { lock.withLock { values.append(value) } }
    var all: [Result<[String], any Error>] { lock.withLock { values } }
}

import Foundation
import GitKit
import Testing

@testable import PolicyKit
@testable import PolicySearch

/// A small knowledge base whose ranking is known: a title match, a summary match, body matches.
let searchFixture: [String: String] = [
    "policylab.yaml": "name: Search fixture\n",
    "toolkit/methods/assembly.md":
        "---\nid: assembly\ntitle: Citizens' assembly\nsummary: A randomly selected panel deliberates.\nphases: [develop]\nstatus: published\n---\n## When to use it\nWhen a hard question needs public judgement.\n",
    "toolkit/methods/jury.md":
        "---\nid: jury\ntitle: Citizens' jury\nsummary: A smaller panel than an assembly.\nphases: [develop]\nstatus: published\n---\nA jury suits narrow questions.\n",
    "toolkit/methods/survey.md":
        "---\nid: survey\ntitle: Survey\nsummary: Questions to many people.\nphases: [discover]\nstatus: published\n---\nNot an assembly, but a survey can precede one. Résumé of the café results.\n",
    "lessons/panels.md":
        "---\nid: panels\ntitle: Panels need time\nsummary: \"Plan for it.\"\nmethods: [assembly]\n---\nCitizens take weeks to deliberate well.\n",
]

func withSearchFixture<T>(_ body: (String) throws -> T) throws -> T {
    try Support.withTemporaryDirectory { dir in
        try Support.write(searchFixture, under: dir + "/kb")
        return try body(dir + "/kb")
    }
}

@Suite struct SearchTests {
    @Test func tokenizerLowercasesFoldsAndSplits() {
        #expect(
            Tokenizer.terms("Café, CO2-emissions; naïve Zoë’s STRASSE straße") == [
                "cafe", "co2", "emissions", "naive", "zoe", "s", "strasse", "strasse",
            ])
        #expect(Tokenizer.terms("  --- ") == [])
    }

    @Test func titlesRankAboveSummariesAboveBodies() throws {
        try withSearchFixture { root in
            let results = try KnowledgeBaseSearch(source: .directory(root), cacheDirectory: nil).search("assembly")
            #expect(results.results.map(\.ref) == ["method:assembly", "method:jury", "method:survey"])
            #expect(results.results.map(\.path) == ["toolkit/methods/assembly.md", "toolkit/methods/jury.md", "toolkit/methods/survey.md"])
            #expect(results.results[0].title == "Citizens' assembly")
        }
    }

    @Test func recordsMatchingMoreTermsComeFirst() throws {
        try withSearchFixture { root in
            let results = try KnowledgeBaseSearch(source: .directory(root), cacheDirectory: nil).search("deliberate citizens")
            // No stemming: only the lesson has both "deliberate" and "citizens", so it comes first.
            #expect(results.results.map(\.ref) == ["lesson:panels", "method:assembly", "method:jury"])
            let lessons = try KnowledgeBaseSearch(source: .directory(root), cacheDirectory: nil).search("citizens", kind: .lesson, limit: 5)
            #expect(lessons.results.map(\.ref) == ["lesson:panels"])
            let one = try KnowledgeBaseSearch(source: .directory(root), cacheDirectory: nil).search("citizens", limit: 1)
            #expect(one.results.count == 1)
        }
    }

    @Test func snippetsMarkTheMatchingWords() throws {
        try withSearchFixture { root in
            let results = try KnowledgeBaseSearch(source: .directory(root), cacheDirectory: nil).search("survey precede")
            #expect(results.results.first?.snippet == "Not an assembly, but a **survey** can **precede** one. Résumé of the café results.")
            let summaryOnly = try KnowledgeBaseSearch(source: .directory(root), cacheDirectory: nil).search("randomly")
            #expect(summaryOnly.results.first?.snippet == "A **randomly** selected panel deliberates.")
        }
    }

    @Test func diacriticsAreFoldedBothWays() throws {
        try withSearchFixture { root in
            let search = KnowledgeBaseSearch(source: .directory(root), cacheDirectory: nil)
            let folded = try search.search("resume CAFE")
            let accented = try search.search("résumé")
            let absent = try search.search("zzqxjv")
            #expect(folded.results.first?.snippet == "Not an assembly, but a survey can precede one. **Résumé** of the **café** results.")
            #expect(accented.results.map(\.ref) == ["method:survey"])
            #expect(absent.results.isEmpty)
        }
    }

    @Test func theCacheIsWrittenThenReused() throws {
        try withSearchFixture { root in
            let cache = root + "/.cache"
            let search = KnowledgeBaseSearch(source: .directory(root), cacheDirectory: cache)
            // No index yet: the files are scanned, and nothing is written until the index is built.
            let first = try search.search("assembly")
            #expect(first.origin == .scanned)
            #expect(!FileManager.default.fileExists(atPath: cache + "/search-worktree.idx"))
            #expect(try search.buildIndex())
            #expect(FileManager.default.fileExists(atPath: cache + "/search-worktree.idx"))
            let second = try search.search("assembly")
            #expect(second.origin == .cache)
            #expect(second.results == first.results)
        }
    }

    /// Each change to the record files makes the cached index stale: edited, added, removed, renamed.
    @Test func everyChangeToARecordFileIsNoticed() throws {
        try withSearchFixture { root in
            let search = KnowledgeBaseSearch(source: .directory(root), cacheDirectory: root + "/.cache")
            func rebuilt() throws -> Bool { try search.buildIndex() && search.search("assembly").origin == .cache }
            #expect(try rebuilt())
            // Edited in place, same size: only the file's own times tell.
            let panels = root + "/lessons/panels.md"
            var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: panels)))
            let weeks = try #require(bytes.firstIndex(of: UInt8(ascii: "w")))
            bytes[weeks] = UInt8(ascii: "W")
            try Data(bytes).write(to: URL(fileURLWithPath: panels))
            #expect(try search.search("assembly").origin == .scanned)
            try Support.write(
                ["lessons/panels.md": "---\nid: panels\ntitle: Panels need time\nsummary: Plan.\n---\nAn assembly takes weeks.\n"], under: root)
            let edited = try search.search("assembly")
            #expect(edited.origin == .scanned)
            #expect(edited.results.map(\.ref).contains("lesson:panels"))
            #expect(try rebuilt())
            // Added.
            try Support.write(
                ["lessons/harbour.md": "---\nid: harbour\ntitle: Harbour assembly\nsummary: Boats.\n---\nThe harbour board listened.\n"], under: root)
            let added = try search.search("harbour")
            #expect(added.origin == .scanned)
            #expect(added.results.map(\.ref) == ["lesson:harbour"])
            #expect(try rebuilt())
            // Renamed.
            try FileManager.default.moveItem(atPath: root + "/lessons/harbour.md", toPath: root + "/lessons/port.md")
            let renamed = try search.search("harbour")
            #expect(renamed.origin == .scanned)
            #expect(renamed.results.map(\.ref) == ["lesson:port"])
            #expect(try rebuilt())
            // Removed.
            try FileManager.default.removeItem(atPath: root + "/lessons/port.md")
            let removed = try search.search("harbour")
            #expect(removed.origin == .scanned)
            #expect(removed.results.isEmpty)
            #expect(try rebuilt())
            // A record added in a new project folder.
            try Support.write(
                ["projects/pier/project.md": "---\nid: pier\ntitle: Pier\nsummary: A pier.\n---\nAn assembly on the pier.\n"], under: root)
            let project = try search.search("pier")
            #expect(project.origin == .scanned)
            #expect(project.results.map(\.ref) == ["project:pier"])
        }
    }

    /// Scanning the files and reading the index rank and quote alike, to the last bit of the score.
    @Test func aScanAndTheIndexGiveTheSameResults() throws {
        try withSearchFixture { root in
            let search = KnowledgeBaseSearch(source: .directory(root), cacheDirectory: root + "/.cache")
            let queries: [(String, RecordKind?, Int)] = [
                ("assembly", nil, 10), ("deliberate citizens", nil, 10), ("citizens", .lesson, 5), ("citizens", nil, 1),
                ("survey precede", nil, 10), ("resume CAFE", nil, 10), ("zzqxjv", nil, 10), ("a the of", nil, 2),
            ]
            let scanned = try queries.map { try search.search($0.0, kind: $0.1, limit: $0.2) }
            try search.buildIndex()
            for (query, expected) in zip(queries, scanned) {
                let cached = try search.search(query.0, kind: query.1, limit: query.2)
                #expect(expected.origin == .scanned)
                #expect(cached.origin == .cache)
                #expect(cached.results == expected.results, "\(query.0)")
            }
        }
    }

    /// The search's own walk of a working tree finds the record files `check` finds, in the same order.
    @Test func theWalkFindsTheRecordsTheLoaderFinds() throws {
        try withSearchFixture { root in
            try Support.write(
                [
                    "lessons/README.md": "# Lessons\n", "lessons/.draft.md": "x\n", "lessons/notes.txt": "x\n",
                    "projects/pier/project.md": "---\nid: pier\n---\n", "projects/pier/evidence/report.md": "---\nid: report\n---\n",
                    "projects/pier/evidence/files/scan.md": "x\n", "projects/pier/impact/claim.md": "---\nid: claim\n---\n",
                    "projects/pier/other.md": "x\n", "toolkit/other/method.md": "x\n", "projects/b-pier/project.md": "---\nid: b-pier\n---\n",
                ], under: root)
            let walk = try WorktreeWalk(root: root)
            let listed = IndexBuilder.records(in: try KnowledgeBaseSource.directory(root).listFiles())
            #expect(walk.records.map(\.file.path) == listed.map(\.file.path))
            #expect(walk.records.map(\.kind) == listed.map(\.kind))
            #expect(walk.records.count == 8)
        }
    }

    /// Files of every size around the first read's buffer come back whole, or cut at the limit.
    @Test func recordFilesAreReadWholeOrToTheLimit() throws {
        try Support.withTemporaryDirectory { dir in
            let folder = open(dir, O_RDONLY | O_DIRECTORY)
            defer { close(folder) }
            let first = RecordFileReader.firstRead
            for size in [0, 1, 100, first - 1, first, first + 1, 3 * first + 7] {
                let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ size) }
                try Support.write(bytes, to: dir + "/f\(size)")
                #expect(try RecordFileReader.read("f\(size)", in: folder, limit: 1 << 20) == bytes, "size \(size)")
                #expect(try RecordFileReader.read("f\(size)", in: folder, limit: first) == Array(bytes.prefix(first)), "size \(size)")
                #expect(try RecordFileReader.read("f\(size)", in: folder, limit: 50) == Array(bytes.prefix(50)), "size \(size)")
            }
            #expect(throws: LoadError.self) { try RecordFileReader.read("missing", in: folder, limit: 100) }
        }
    }

    /// A folder of hundreds of projects is walked by several cores, and the order is still the loader's.
    @Test func aWalkSplitAcrossCoresKeepsTheLoadersOrder() throws {
        try withSearchFixture { root in
            var files: [String: String] = ["projects/README.md": "# Projects\n", "projects/zz-notes.md": "x\n"]
            for number in 0..<300 {
                let id = "p\(String(number * 7919 % 1000, radix: 16))"
                files["projects/\(id)/project.md"] = "---\nid: \(id)\n---\n"
                if number % 3 == 0 { files["projects/\(id)/evidence/e\(number).md"] = "---\nid: e\(number)\n---\n" }
                if number % 5 == 0 { files["projects/\(id)/impact/c\(number).md"] = "---\nid: c\(number)\n---\n" }
            }
            try Support.write(files, under: root)
            let walk = try WorktreeWalk(root: root)
            let listed = IndexBuilder.records(in: try KnowledgeBaseSource.directory(root).listFiles())
            #expect(walk.records.map(\.file.path) == listed.map(\.file.path))
            #expect(walk.records.count == 4 + 300 + 100 + 60)
            // Each folder before what it holds, siblings by name.
            let projectFolders = walk.folders.map(\.path).filter { $0.hasPrefix("projects") }
            #expect(projectFolders.count == 1 + 300 + 100 + 60)
            #expect(projectFolders == projectFolders.sorted { $0.split(separator: "/").lexicographicallyPrecedes($1.split(separator: "/")) })
        }
    }

    @Test func theTopHitsAreTheFirstOfTheSortedHits() {
        var generator = SystemRandomNumberGenerator()
        let hits = (0..<500).map {
            BM25Ranking.Hit(
                document: $0, score: Double(Int.random(in: 0..<40, using: &generator)) / 8, matchedTerms: Int.random(in: 1...3, using: &generator))
        }
        let sorted = hits.sorted(by: TopHits.ranksBefore)
        for limit in [0, 1, 7, 10, 499, 500, 1000] {
            var top = TopHits(limit: limit)
            for hit in hits { top.offer(hit) }
            #expect(top.sorted().map(\.document) == sorted.prefix(limit).map(\.document), "limit \(limit)")
        }
    }

    @Test func aCorruptCacheIsIgnored() throws {
        try withSearchFixture { root in
            let cache = root + "/.cache"
            let search = KnowledgeBaseSearch(source: .directory(root), cacheDirectory: cache)
            try search.buildIndex()
            let file = cache + "/search-worktree.idx"
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
            #expect(try search.search("assembly citizens").origin == .cache)
            // The header, the key, the document table, and (read lazily) the postings of the last term, "when".
            for (offset, query) in [
                (20, "assembly citizens"), (100, "assembly citizens"), (bytes.count / 2, "assembly citizens"), (bytes.count - 3, "when"),
            ] {
                let expected = try KnowledgeBaseSearch(source: .directory(root), cacheDirectory: nil).search(query)
                var damaged = bytes
                damaged[offset] ^= 0x5A
                try Data(damaged).write(to: URL(fileURLWithPath: file))
                let again = try search.search(query)
                #expect(again.origin == .scanned, "damage at \(offset)")
                #expect(again.results == expected.results)
            }
            try Data(bytes.dropLast(8)).write(to: URL(fileURLWithPath: file))
            #expect(try search.search("assembly citizens").origin == .scanned)
            try Data("not an index".utf8).write(to: URL(fileURLWithPath: file))
            #expect(try search.search("assembly citizens").origin == .scanned)
            try Data(bytes).write(to: URL(fileURLWithPath: file))
            #expect(try search.search("assembly citizens").origin == .cache)
        }
    }

    @Test func theCacheOfARevisionIsKeyedByItsTree() throws {
        try withSearchFixture { root in
            let first = try Support.commitEverything(in: root)
            let cache = root + "/.git/policylab"
            let atFirst = KnowledgeBaseSearch(source: .revision(gitDirectory: root + "/.git", commit: first), cacheDirectory: cache)
            #expect(try atFirst.search("weeks").origin == .scanned)
            #expect(try atFirst.buildIndex())
            #expect(try atFirst.search("weeks").origin == .cache)
            #expect(try atFirst.search("harbour").results.isEmpty)
            try Support.write(
                ["lessons/harbour.md": "---\nid: harbour\ntitle: Harbour lesson\nsummary: Boats.\n---\nThe harbour board listened.\n"], under: root)
            let second = try Support.commitEverything(in: root)
            let atSecond = KnowledgeBaseSearch(source: .revision(gitDirectory: root + "/.git", commit: second), cacheDirectory: cache)
            let found = try atSecond.search("harbour")
            #expect(found.origin == .scanned)
            #expect(found.results.map(\.ref) == ["lesson:harbour"])
            #expect(found.results.first?.snippet == "The **harbour** board listened.")
            #expect(try atSecond.buildIndex())
            #expect(try atSecond.search("harbour").results == found.results)
            #expect(try atSecond.search("harbour").origin == .cache)
        }
    }

    @Test func theValidFixtureIsSearchable() throws {
        let results = try KnowledgeBaseSearch(source: .directory(try Support.fixture("valid-kb")), cacheDirectory: nil).search("interviews")
        #expect(results.results.first?.ref == "method:interviews")
        #expect(results.results.first?.title == "In-depth interviews")
    }
}

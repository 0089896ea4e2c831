import Foundation
import GitKit
import Testing

@testable import PolicyKit

/// A small knowledge base whose ranking is known: a title match, a summary match, body matches.
private let searchFixture: [String: String] = [
    "policylab.yaml": "name: Search fixture\n",
    "toolkit/methods/assembly.md": "---\nid: assembly\ntitle: Citizens' assembly\nsummary: A randomly selected panel deliberates.\nphases: [develop]\nstatus: published\n---\n## When to use it\nWhen a hard question needs public judgement.\n",
    "toolkit/methods/jury.md": "---\nid: jury\ntitle: Citizens' jury\nsummary: A smaller panel than an assembly.\nphases: [develop]\nstatus: published\n---\nA jury suits narrow questions.\n",
    "toolkit/methods/survey.md": "---\nid: survey\ntitle: Survey\nsummary: Questions to many people.\nphases: [discover]\nstatus: published\n---\nNot an assembly, but a survey can precede one. Résumé of the café results.\n",
    "lessons/panels.md": "---\nid: panels\ntitle: Panels need time\nsummary: \"Plan for it.\"\nmethods: [assembly]\n---\nCitizens take weeks to deliberate well.\n",
]

private func withSearchFixture<T>(_ body: (String) throws -> T) throws -> T {
    try Support.withTemporaryDirectory { dir in
        try Support.write(searchFixture, under: dir + "/kb")
        return try body(dir + "/kb")
    }
}

@Suite struct SearchTests {
    @Test func tokenizerLowercasesFoldsAndSplits() {
        #expect(Tokenizer.terms("Café, CO2-emissions; naïve Zoë’s STRASSE straße") == ["cafe", "co2", "emissions", "naive", "zoe", "s", "strasse", "strasse"])
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
            let first = try search.search("assembly")
            #expect(first.origin == .built)
            #expect(FileManager.default.fileExists(atPath: cache + "/search-worktree.idx"))
            let second = try search.search("assembly")
            #expect(second.origin == .cache)
            #expect(second.results == first.results)
            // An edit changes the key: the old index is not trusted.
            try Support.write(["lessons/panels.md": "---\nid: panels\ntitle: Panels need time\nsummary: Plan.\n---\nAn assembly takes weeks.\n"], under: root)
            let third = try search.search("assembly")
            #expect(third.origin == .built)
            #expect(third.results.map(\.ref).contains("lesson:panels"))
        }
    }

    @Test func aCorruptCacheIsIgnored() throws {
        try withSearchFixture { root in
            let cache = root + "/.cache"
            let search = KnowledgeBaseSearch(source: .directory(root), cacheDirectory: cache)
            let expected = try search.search("assembly citizens").results
            let file = cache + "/search-worktree.idx"
            var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
            // The header and key, the document table, and (read lazily) the postings of the last term, "when".
            for (offset, query) in [(100, "assembly citizens"), (300, "assembly citizens"), (bytes.count - 3, "when")] {
                let fresh = try search.search(query)
                var damaged = bytes
                damaged[offset] ^= 0x5A
                try Data(damaged).write(to: URL(fileURLWithPath: file))
                let again = try search.search(query)
                #expect(again.origin == .built, "damage at \(offset)")
                #expect(again.results == fresh.results)
            }
            bytes.removeLast(8)
            try Data(bytes).write(to: URL(fileURLWithPath: file))
            #expect(try search.search("assembly citizens").origin == .built)
            try Data("not an index".utf8).write(to: URL(fileURLWithPath: file))
            #expect(try search.search("assembly citizens").results == expected)
        }
    }

    @Test func theCacheOfARevisionIsKeyedByItsTree() throws {
        try withSearchFixture { root in
            let first = try Support.commitEverything(in: root)
            let cache = root + "/.git/policylab"
            let atFirst = KnowledgeBaseSearch(source: .revision(gitDirectory: root + "/.git", commit: first), cacheDirectory: cache)
            #expect(try atFirst.search("weeks").origin == .built)
            #expect(try atFirst.search("weeks").origin == .cache)
            #expect(try atFirst.search("harbour").results.isEmpty)
            try Support.write(["lessons/harbour.md": "---\nid: harbour\ntitle: Harbour lesson\nsummary: Boats.\n---\nThe harbour board listened.\n"], under: root)
            let second = try Support.commitEverything(in: root)
            let atSecond = KnowledgeBaseSearch(source: .revision(gitDirectory: root + "/.git", commit: second), cacheDirectory: cache)
            let found = try atSecond.search("harbour")
            #expect(found.origin == .built)
            #expect(found.results.map(\.ref) == ["lesson:harbour"])
            #expect(found.results.first?.snippet == "The **harbour** board listened.")
        }
    }

    @Test func theValidFixtureIsSearchable() throws {
        let results = try KnowledgeBaseSearch(source: .directory(try Support.fixture("valid-kb")), cacheDirectory: nil).search("interviews")
        #expect(results.results.first?.ref == "method:interviews")
        #expect(results.results.first?.title == "In-depth interviews")
    }
}

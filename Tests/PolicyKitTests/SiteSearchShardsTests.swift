import Foundation
import PolicylabTestSupport
import Testing

@testable import PolicyKit

/// The layout of the sharded search index: shard keys that find every term, postings that decode
/// to the index's, one data file per page, and a folder named after the contents.
@Suite("Site search shards")
struct SiteSearchShardsTests {
    /// A written shard file's data: `policylabSearch("name", DATA);` parsed as JSON.
    static func data(_ path: String) throws -> (name: String, value: Any) {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let call = try #require(text.firstMatch(of: /policylabSearch\("([^"]+)", (.*)\);\n$/.dotMatchesNewlines()))
        return (String(call.1), try JSONSerialization.jsonObject(with: Data(call.2.utf8), options: [.fragmentsAllowed]))
    }

    static func entries() -> [SiteSearchEntry] {
        let words = ["alpha", "alphabet", "alpine", "beta", "bet", "betting", "gamma", "élan", "zeta", "ζήτα", "delta", "del", "éte"]
        return (0..<30).map { number in
            let text = (0..<(5 + number % 7)).map { words[($0 * 7 + number) % words.count] }.joined(separator: " ")
            return SiteSearchEntry(
                path: "methods/m\(number).html", kind: "method", title: "Method \(number) <b>", summary: words[number % words.count], text: text)
        }
    }

    @Test func everyTermIsInTheShardItsKeyLeadsTo() throws {
        try Support.withTemporaryDirectory { dir in
            let index = SiteSearchIndex(entries: Self.entries())
            let folder = try SiteFolder(destination: dir + "/site")
            var shards = SiteSearchShards(index: index)
            shards.termBudget = 40
            let files = try shards.write(into: folder, prefix: "").files
            try folder.commit()

            let manifest = try #require(try Self.data(dir + "/site/assets/search/index.js").value as? [String: Any])
            let keys = try #require(manifest["keys"] as? [String])
            let counts = try #require(manifest["terms"] as? [Int])
            let name = try #require(manifest["folder"] as? String)
            #expect(manifest["version"] as? Int == 2)
            #expect(manifest["count"] as? Int == 30)
            #expect(keys.count > 5, "a budget of 40 bytes makes many shards: \(keys)")
            #expect(keys.first == "")
            #expect(files == keys.count + 1 + 30 + 1, "term shards, lengths, a file per page and the manifest")
            #expect(keys == SiteSearchShards.sortedTerms(keys), "keys in the browser's order")
            #expect(counts.reduce(0, +) == index.terms.count)

            var found: [String: [Int32]] = [:]
            for number in keys.indices {
                let shard = try Self.data(dir + "/site/assets/search/\(name)/t/\(number).js")
                #expect(shard.name == "t/\(number)")
                let terms = try #require(shard.value as? [[Any]])
                #expect(terms.count == counts[number])
                for entry in terms {
                    let term = try #require(entry[0] as? String)
                    // The script's rule: the last key at or before the term.
                    let lookedUp = keys.lastIndex { !term.utf16.lexicographicallyPrecedes($0.utf16) }
                    #expect(lookedUp == number, "\(term) is in shard \(number), its key leads to \(lookedUp ?? -1)")
                    var page: Int32 = 0
                    var postings: [Int32] = []
                    let numbers = try #require(entry[1] as? [Int])
                    for index in stride(from: 0, to: numbers.count, by: 2) {
                        page += Int32(numbers[index])
                        postings += [page, Int32(numbers[index + 1])]
                    }
                    found[term] = postings
                }
            }
            #expect(found == index.terms, "every posting, decoded from its gaps")

            let lengths = try Self.data(dir + "/site/assets/search/\(name)/lengths.js")
            let expectedLengths: [Int] = index.lengths
            #expect(lengths.value as? [Int] == expectedLengths)
            let page = try Self.data(dir + "/site/assets/search/\(name)/d/3.js")
            #expect(page.name == "d/3")
            #expect(page.value as? [String] == index.docs[3] + [index.texts[3]])
            let raw = try String(contentsOfFile: dir + "/site/assets/search/\(name)/d/3.js", encoding: .utf8)
            #expect(raw.contains("Method 3 \\u003cb>"), "no '<' that could close a script element")
        }
    }

    @Test func theFolderIsNamedAfterTheContents() throws {
        try Support.withTemporaryDirectory { dir in
            func folderName(_ entries: [SiteSearchEntry], _ out: String) throws -> String {
                let folder = try SiteFolder(destination: out)
                _ = try SiteSearchShards(index: SiteSearchIndex(entries: entries)).write(into: folder, prefix: "fr/")
                try folder.commit()
                let manifest = try #require(try Self.data(out + "/fr/assets/search/index.js").value as? [String: Any])
                return try #require(manifest["folder"] as? String)
            }
            var entries = Self.entries()
            let first = try folderName(entries, dir + "/a")
            #expect(try folderName(entries, dir + "/b") == first, "the same index, the same name")
            entries[4].text += " more"
            #expect(try folderName(entries, dir + "/c") != first, "another index, another name, so that no cache mixes them")
            #expect(FileManager.default.fileExists(atPath: dir + "/a/fr/assets/search/\(first)/d/29.js"))
            #expect(!FileManager.default.fileExists(atPath: dir + "/a/fr/assets/search/building"))
        }
    }

    @Test func keysAreTheShortestPrefixAfterThePreviousShard() {
        #expect(SiteSearchShards.key(of: "alpine", after: "alphabet") == "alpi")
        #expect(SiteSearchShards.key(of: "beta", after: "alpine") == "b")
        #expect(SiteSearchShards.key(of: "bet", after: "be") == "bet")
        #expect(SiteSearchShards.key(of: "ζήτα", after: "zeta") == "ζ")
        #expect(SiteSearchShards.gapEncoded([3, 1, 4, 2, 10, 5]) == "3,1,1,2,6,5")
        #expect(SiteSearchShards.gapEncoded([]) == "")
    }
}

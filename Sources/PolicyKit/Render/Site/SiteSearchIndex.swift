import Foundation

/// The prebuilt index of the site's search, written as a script (`assets/search-index.js`) rather
/// than JSON: browsers refuse to fetch JSON from a page opened from `file://`, but they run a
/// script next to it. `assets/search.js` ranks with BM25 over it and folds the query with the same
/// rules as `Tokenizer` (lowercase, accents dropped, split on non-letters).
///
/// Its terms come only from what the pages show, so it cannot reveal anything the site does not.
struct SiteSearchIndex {
    /// Term frequencies count a title word three times and a summary word twice.
    static let titleWeight = 3
    static let summaryWeight = 2

    struct Payload: Encodable {
        var version = 1
        /// `[path, kind, title, summary]` per page.
        var docs: [[String]]
        /// Weighted number of terms per page.
        var lengths: [Int]
        /// Per term, the pages that have it and how often: `[page, frequency, page, frequency, ...]`.
        var terms: [String: [Int]]
    }

    let entries: [SiteSearchEntry]

    func payload() -> Payload {
        var terms: [String: [Int]] = [:]
        var lengths: [Int] = []
        lengths.reserveCapacity(entries.count)
        for (page, entry) in entries.enumerated() {
            var counts: [String: Int] = [:]
            for term in Tokenizer.terms(entry.title) { counts[term, default: 0] += Self.titleWeight }
            for term in Tokenizer.terms(entry.summary) { counts[term, default: 0] += Self.summaryWeight }
            for term in Tokenizer.terms(entry.text) { counts[term, default: 0] += 1 }
            lengths.append(counts.values.reduce(0, +))
            for (term, count) in counts { terms[term, default: []].append(contentsOf: [page, count]) }
        }
        return Payload(docs: entries.map { [$0.path, $0.kind, $0.title, $0.summary] }, lengths: lengths, terms: terms)
    }

    func script() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // `<` only occurs inside JSON strings; as \u003c it cannot close a script element, should
        // anyone inline the index in a page.
        let json = String(decoding: try encoder.encode(payload()), as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
        return "/* The search index of this site, made by policylab site. */\nwindow.POLICYLAB_SEARCH = \(json);\n"
    }
}

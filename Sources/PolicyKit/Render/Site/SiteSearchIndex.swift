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

    struct Payload {
        var version = 1
        /// `[path, kind, title, summary]` per page.
        var docs: [[String]]
        /// Weighted number of terms per page.
        var lengths: [Int]
        /// Per term, the pages that have it and how often: `[page, frequency, page, frequency, ...]`.
        var terms: [String: [Int]]
    }

    /// A page as the index keeps it: what results show, and how often each term occurs (weighted).
    struct Document {
        var display: [String]
        var counts: [String: Int]
    }

    let documents: [Document]

    init(documents: [Document]) {
        self.documents = documents
    }

    init(entries: [SiteSearchEntry]) {
        self.init(documents: entries.map(Self.document))
    }

    /// Tokenizes one page; the site's workers call it as they render, so that texts are not kept.
    static func document(_ entry: SiteSearchEntry) -> Document {
        var counts: [String: Int] = [:]
        for term in Tokenizer.terms(entry.title) { counts[term, default: 0] += titleWeight }
        for term in Tokenizer.terms(entry.summary) { counts[term, default: 0] += summaryWeight }
        for term in Tokenizer.terms(entry.text) { counts[term, default: 0] += 1 }
        return Document(display: [entry.path, entry.kind, entry.title, entry.summary], counts: counts)
    }

    func payload() -> Payload {
        var terms: [String: [Int]] = [:]
        for (page, document) in documents.enumerated() {
            for (term, count) in document.counts { terms[term, default: []].append(contentsOf: [page, count]) }
        }
        return Payload(docs: documents.map(\.display), lengths: documents.map { $0.counts.values.reduce(0, +) }, terms: terms)
    }

    func script() throws -> String {
        let payload = payload()
        // JSONEncoder escapes the texts of `docs`. The rest is numbers and terms, which are made of
        // letters and digits only (see `Tokenizer`) and need no escaping: written directly, because
        // JSONEncoder took a second over the terms of a 10k-record knowledge base.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        var json = #"{"docs":"#
        // `<` only occurs inside the texts of `docs`; as \u003c it cannot close a script element,
        // should anyone inline the index in a page.
        json += String(decoding: try encoder.encode(payload.docs), as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
        json += #","lengths":["# + payload.lengths.map(String.init).joined(separator: ",") + "]"
        json += #","terms":{"#
        for (number, term) in payload.terms.keys.sorted().enumerated() {
            if number > 0 { json += "," }
            json += "\"\(term)\":[" + (payload.terms[term] ?? []).map(String.init).joined(separator: ",") + "]"
        }
        json += #"},"version":\#(payload.version)}"#
        return "/* The search index of this site, made by policylab site. */\nwindow.POLICYLAB_SEARCH = \(json);\n"
    }
}

import Foundation

/// The prebuilt index of the site's search, as the site's workers build it. It is written in
/// shards (`SiteSearchShards`, `assets/search/`) that `assets/search.js` loads on demand; `script()`
/// writes it whole, in the single file the site used before sharding, for the benchmark and the
/// test that compares the two rankings. `assets/search.js` ranks with BM25 and folds the query with
/// the same rules as `Tokenizer` (lowercase, accents dropped, split on non-letters).
///
/// Its terms and texts come only from what the pages show, so it cannot reveal anything the site does not.
struct SiteSearchIndex {
    /// Term frequencies count a title word three times and a summary word twice.
    static let titleWeight = 3
    static let summaryWeight = 2

    /// `[path, kind, title, summary]` per page (empty for a page kept from the previous build).
    private(set) var docs: [[String]] = []
    /// The text of each page's body (what the page shows, plain), for the snippet around a match.
    private(set) var texts: [String] = []
    /// The path of each page in the site.
    private(set) var paths: [String] = []
    /// The pages kept from the previous build (`addKept`), by number: their number in that build
    /// and the data of their page file (`d/<page>.js`), as it was written.
    /// (nil when the previous site's file was trusted as it is, by the table of its files).
    private(set) var kept: [Int32: (previousPage: Int32, payload: String?)] = [:]
    /// Weighted number of terms per page.
    private(set) var lengths: [Int] = []
    /// Per term, the pages that have it and how often: `[page, frequency, page, frequency, ...]`,
    /// pages in increasing order. Kept as it is built, not per page, so that memory stays small.
    private(set) var terms: [String: [Int32]] = [:]

    init() {}

    init(entries: [SiteSearchEntry]) {
        for entry in entries { add(entry) }
    }

    /// Indexes one more page; the site's workers call it as they render.
    mutating func add(_ entry: SiteSearchEntry) {
        var counts: [String: Int] = [:]
        Self.count(entry.title, weight: Self.titleWeight, into: &counts)
        Self.count(entry.summary, weight: Self.summaryWeight, into: &counts)
        Self.count(entry.text, weight: 1, into: &counts)
        let page = Int32(docs.count)
        docs.append([entry.path, entry.kind, entry.title, entry.summary])
        texts.append(entry.text)
        paths.append(entry.path)
        lengths.append(counts.values.reduce(0, +))
        // In place, with one lookup of the term: a literal `[page, count]` would allocate an array per posting.
        func append(_ count: Int, to postings: inout [Int32]) {
            postings.append(page)
            postings.append(Int32(count))
        }
        for (term, count) in counts { append(count, to: &terms[term, default: []]) }
    }

    /// Adds a page kept from the previous build, whose index is `previous`: its length and its
    /// page file's data now, its terms when `mergePostings(of:)` takes them from `previous`.
    mutating func addKept(path: String, previousPage: Int32, previous: SiteSearchPostings, payload: String?) {
        kept[Int32(docs.count)] = (previousPage, payload)
        docs.append([])
        texts.append("")
        paths.append(path)
        lengths.append(previous.lengths[Int(previousPage)])
    }

    /// Puts the terms of the kept pages into the index, from the postings of the build they were
    /// kept from, renumbered: each term's pages stay in increasing order, as a full build makes them.
    mutating func mergePostings(of previous: SiteSearchPostings) {
        guard !kept.isEmpty else { return }
        var renumbered = [Int32](repeating: -1, count: previous.paths.count)
        for (page, old) in kept { renumbered[Int(old.previousPage)] = page }
        for (term, postings) in previous.terms {
            var moved: [Int32] = []
            var inOrder = true
            for index in stride(from: 0, to: postings.count, by: 2) {
                let page = renumbered[Int(postings[index])]
                guard page >= 0 else { continue }
                if moved.count >= 2, moved[moved.count - 2] > page { inOrder = false }
                moved.append(page)
                moved.append(postings[index + 1])
            }
            guard !moved.isEmpty else { continue }
            if !inOrder { moved = Self.sortedByPage(moved) }
            if let fresh = terms[term] {
                terms[term] = Self.merged(fresh, moved)
            } else {
                terms[term] = moved
            }
        }
    }

    /// `[page, frequency, ...]` pairs ordered by page.
    private static func sortedByPage(_ postings: [Int32]) -> [Int32] {
        let pairs: [(page: Int32, frequency: Int32)] = stride(from: 0, to: postings.count, by: 2).map { (postings[$0], postings[$0 + 1]) }
        var sorted: [Int32] = []
        sorted.reserveCapacity(postings.count)
        for pair in pairs.sorted(by: { $0.page < $1.page }) {
            sorted.append(pair.page)
            sorted.append(pair.frequency)
        }
        return sorted
    }

    /// Two postings lists, each ordered by page and with no page in both, as one ordered list.
    private static func merged(_ first: [Int32], _ second: [Int32]) -> [Int32] {
        var result: [Int32] = []
        result.reserveCapacity(first.count + second.count)
        var (i, j) = (0, 0)
        while i < first.count || j < second.count {
            if j >= second.count || (i < first.count && first[i] < second[j]) {
                result.append(first[i])
                result.append(first[i + 1])
                i += 2
            } else {
                result.append(second[j])
                result.append(second[j + 1])
                j += 2
            }
        }
        return result
    }

    /// Adds `weight` to the count of each term of `text`, straight from its bytes (no array of
    /// the terms in between: this runs for every word of every page).
    private static func count(_ text: String, weight: Int, into counts: inout [String: Int]) {
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            Tokenizer.forEachTerm(in: buffer) { term in counts[String(decoding: term, as: UTF8.self), default: 0] += weight }
        }
    }

    /// Appends the pages of `other` after these: the workers' shares, in page order.
    mutating func append(_ other: SiteSearchIndex) {
        let offset = Int32(docs.count)
        docs += other.docs
        texts += other.texts
        paths += other.paths
        lengths += other.lengths
        for (page, old) in other.kept { kept[page + offset] = old }
        for (term, postings) in other.terms {
            var shifted = postings
            for index in stride(from: 0, to: shifted.count, by: 2) { shifted[index] += offset }
            terms[term, default: []].append(contentsOf: shifted)
        }
    }

    /// The whole index as one script, `window.POLICYLAB_SEARCH = {...}`: the format of the site
    /// before sharding (version 1), kept as the baseline that the sharded search is measured and
    /// tested against.
    /// Needs every page's text: not for an index with kept pages.
    func script() throws -> String {
        precondition(kept.isEmpty, "the whole index is written from rendered pages only")
        // JSONEncoder escapes the texts of `docs`. The rest is numbers and terms, which are made of
        // letters and digits only (see `Tokenizer`) and need no escaping: written directly, because
        // JSONEncoder took a second over the terms of a 10k-record knowledge base.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        var json = #"{"docs":"#
        // `<` only occurs inside the texts of `docs`; as \u003c it cannot close a script element,
        // should anyone inline the index in a page.
        json += String(decoding: try encoder.encode(docs), as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
        json += #","lengths":["# + lengths.map(String.init).joined(separator: ",") + "]"
        json += #","terms":{"#
        for (number, term) in terms.keys.sorted().enumerated() {
            if number > 0 { json += "," }
            json += "\"\(term)\":[" + (terms[term] ?? []).map(String.init).joined(separator: ",") + "]"
        }
        json += #"},"version":1}"#
        return "/* The search index of this site, made by policylab site. */\nwindow.POLICYLAB_SEARCH = \(json);\n"
    }
}

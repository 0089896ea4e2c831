import PolicyKit

/// What BM25F needs to know about the searched records, whether it comes from an index file
/// (`SearchIndex`) or from a scan of the files for the query's terms alone (`QueryScan`): both
/// give the same numbers, so both rank alike.
protocol RankingSource {
    var documentCount: Int { get }
    /// Mean number of terms in titles, summaries and bodies.
    var averageLengths: (title: Double, summary: Double, body: Double) { get }
    /// The number of terms in the title, summary and body of `document`.
    func lengths(_ document: Int) -> (title: Int, summary: Int, body: Int)
    /// The kind of `document`, or nil when its source is damaged.
    func kind(_ document: Int) -> RecordKind?
    /// The postings of `term`, by document.
    func postings(of term: [UInt8]) throws -> [SearchPosting]
}

extension SearchIndex: RankingSource {
    func postings(of term: [UInt8]) throws -> [SearchPosting] {
        var postings: [SearchPosting] = []
        try forEachPosting(of: term) { postings.append($0) }
        return postings
    }
}

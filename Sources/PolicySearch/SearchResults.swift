import PolicyKit
/// The result of a full-text search of a knowledge base: the query and the best matching records, best first.
public struct SearchResults: Sendable, Encodable {
    /// Whether the results came from the cached index or from a scan of the files, when there
    /// was no current index (not part of the JSON).
    public enum IndexOrigin: Sendable, Equatable { case cache, scanned }
    /// How a cached index was known to be current: its tree id (when searching a revision), the status of
    /// every file and folder, or the working tree's watcher's answer (`WorktreeWatcher`).
    public enum IndexCheck: Sendable, Equatable { case tree, fileStatuses, watcher }

    /// One matching record.
    public struct Result: Sendable, Encodable, Equatable {
        /// The record's `kind:id` name.
        public var ref: String
        /// The record's kind.
        public var kind: RecordKind
        /// The record's title (a claim's statement).
        public var title: String
        /// The record's path, relative to the knowledge base root.
        public var path: String
        /// The BM25F score (higher is better), rounded to four decimals.
        public var score: Double
        /// Words around the best match, each matching word marked `**like this**`.
        public var snippet: String
    }

    /// The query as given.
    public var query: String
    /// The matching records, best first.
    public var results: [Result]
    /// Whether the results came from the cached index or from a scan of the files.
    public var origin: IndexOrigin = .scanned
    /// How the index was known to be current; nil when the files were scanned.
    public var indexCheck: IndexCheck?
    /// Whether the working tree's watcher answered; nil when no watcher applies (a revision, or no cache folder).
    public var watcherAnswered: Bool?

    enum CodingKeys: String, CodingKey { case query, results }
}

extension SearchResults {
    /// One block per record: reference and title, path, snippet; or a line saying nothing matched,
    /// in French for `language` `fr` ("aucune fiche ne correspond à « ... »").
    public func text(in language: String? = nil) -> String {
        guard !results.isEmpty else {
            return language == "fr" ? "aucune fiche ne correspond à « \(query) »\n" : "no records match '\(query)'\n"
        }
        return results.map { result in
            "\(result.ref)  \(result.title)\n  \(result.path)\n  \(result.snippet)\n"
        }.joined(separator: "\n")
    }
}

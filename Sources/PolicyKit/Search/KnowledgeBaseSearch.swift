import Foundation
import GitKit

/// Ranked full-text search over the titles, summaries and bodies of every record of a knowledge
/// base, with an index cached between queries when there is a place to keep it.
public struct KnowledgeBaseSearch {
    public let source: KnowledgeBaseSource
    /// The folder for the cached index (`.git/policylab`); nil to build the index in memory each time.
    public let cacheDirectory: String?

    public init(source: KnowledgeBaseSource, cacheDirectory: String?) {
        self.source = source
        self.cacheDirectory = cacheDirectory
    }

    /// The records matching `query` (of `kind` when given), at most `limit`, best first.
    public func search(_ query: String, kind: RecordKind? = nil, limit: Int = 10) throws -> SearchResults {
        var seen = Set<String>()
        let terms = Tokenizer.terms(query).filter { seen.insert($0).inserted }
        var (index, origin) = try openIndex(trustingCache: true)
        var ranking = BM25Ranking(index: index)
        let ranked: [BM25Ranking.Hit]
        do {
            ranked = try ranking.rank(terms, kind: kind)
        } catch is IndexError {
            // Postings that fail their checksum: the cached file is damaged; rebuild it and start again.
            (index, origin) = try openIndex(trustingCache: false)
            ranking = BM25Ranking(index: index)
            ranked = try ranking.rank(terms, kind: kind)
        }
        let hits = ranking.top(ranked, limit: max(0, limit))
        let results = try hits.map { hit -> SearchResults.Result in
            let document = index.document(hit.document)
            let heading = RecordHeading(bytes: try source.readFile(document.path, limit: SourceText.maximumSize) ?? [], path: document.path)
            let reference = Self.reference(kind: document.kind, path: document.path)
            return SearchResults.Result(ref: reference, kind: document.kind, title: heading.title, path: document.path,
                                        score: (hit.score * 10_000).rounded() / 10_000,
                                        snippet: Snippet.make(from: [heading.body, heading.summary, heading.title], terms: Set(terms)))
        }
        return SearchResults(query: query, results: results, origin: origin)
    }

    /// The cached index when it is intact and current; otherwise a new one, cached for next time.
    private func openIndex(trustingCache: Bool) throws -> (SearchIndex, SearchResults.IndexOrigin) {
        var records: [(file: SourceFile, kind: RecordKind)]?
        let key: String
        let slot: String
        switch source {
        case .revision(let gitDirectory, let commit):
            key = "tree:" + (try Repository.open(at: gitDirectory).commit(commit).tree.hex)
            slot = "search-revision.idx"
        case .directory(let root):
            let listed = try listRecords()
            records = listed
            key = "files:" + SourceFingerprint.digest(of: listed.map(\.file), under: root)
            slot = "search-worktree.idx"
        }
        let cache = cacheDirectory.map { IndexCache(path: $0 + "/" + slot) }
        if trustingCache, let cached = cache?.load(key: key) { return (cached, .cache) }
        let bytes = try IndexBuilder.build(try records ?? listRecords(), from: source, key: key)
        cache?.store(bytes)
        return (try SearchIndex(data: Data(bytes), key: key), .built)
    }

    private func listRecords() throws -> [(file: SourceFile, kind: RecordKind)] {
        let files = try source.listFiles()
        let records = IndexBuilder.records(in: files)
        if records.isEmpty && !files.contains(where: { $0.path == Settings.fileName }) {
            throw LoadError.notAKnowledgeBase("not a policylab knowledge base: no \(Settings.fileName), toolkit/, projects/ or lessons/ (run 'policylab init' to create one)")
        }
        return records
    }

    /// `kind:id`, with `project/id` for evidence and claims, from the record's path.
    static func reference(kind: RecordKind, path: String) -> String {
        let parts = path.split(separator: "/").map(String.init)
        let stem = (parts.last ?? "").hasSuffix(".md") ? String((parts.last ?? "").dropLast(3)) : (parts.last ?? "")
        switch kind {
        case .project: return "project:" + (parts.count > 1 ? parts[1] : stem)
        case .evidence, .claim: return "\(kind.rawValue):\(parts.count > 1 ? parts[1] : "")/\(stem)"
        case .method, .lesson: return "\(kind.rawValue):\(stem)"
        }
    }
}

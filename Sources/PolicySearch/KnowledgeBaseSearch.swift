import Foundation
import GitKit
import Platform
import PolicyKit

/// Ranked full-text search over the titles, summaries and bodies of every record of a knowledge
/// base: from the index cached under `cacheDirectory` when it is intact and current, otherwise
/// by scanning the files for the query's terms alone (`QueryScan`), which costs about what
/// `grep` does. Building the index for the next queries is a separate step (`buildIndex()`),
/// so that a first query need not wait for it.
public struct KnowledgeBaseSearch {
    /// Where the knowledge base's files are read from: a folder or a git revision.
    public let source: KnowledgeBaseSource
    /// The folder for the cached index (`.git/policylab`); nil to scan the files for every query.
    public let cacheDirectory: String?

    /// Whether a query of the working tree asks its watcher before checking every file.
    public let asksWatcher: Bool
    /// The platform's way of watching a working tree.
    public let watching: any WorktreeWatching

    /// A search of `source`, its index cached in `cacheDirectory`.
    public init(
        source: KnowledgeBaseSource, cacheDirectory: String?, asksWatcher: Bool = true,
        watching: any WorktreeWatching = SystemWorktreeWatching()
    ) {
        self.source = source
        self.cacheDirectory = cacheDirectory
        self.asksWatcher = asksWatcher
        self.watching = watching
    }

    /// The records matching `query` (of `kind` when given), at most `limit`, best first.
    public func search(_ query: String, kind: RecordKind? = nil, limit: Int = 10) throws -> SearchResults {
        var seen = Set<String>()
        let terms = Tokenizer.terms(query).filter { seen.insert($0).inserted }
        let watcher = askWatcher()
        var results: SearchResults
        if let (index, check) = cachedIndex(watcher: watcher),
            // Postings that fail their checksum: the cached file is damaged; answer from the files instead.
            let hits = try? BM25Ranking.top(terms, kind: kind, limit: limit, in: index)
        {
            results = try self.results(query, terms: terms, hits: hits, origin: .cache) { try index.document($0) }
            results.indexCheck = check
        } else {
            let records = try listRecords()
            let scan = try QueryScan(terms: terms, records: records, source: source)
            let hits = try BM25Ranking.top(terms, kind: kind, limit: limit, in: scan)
            results = try self.results(query, terms: terms, hits: hits, origin: .scanned) {
                SearchIndex.Document(kind: records[$0].kind, path: records[$0].file.path)
            }
        }
        if asksWatcher, case .directory = source, cacheDirectory != nil { results.watcherAnswered = watcher != nil }
        return results
    }

    /// The records matching `query` in a translation language: each record's translation
    /// (`x.fr.md`) is searched in place of the record where there is one, the record itself
    /// otherwise. Answered by reading the files (the cached index is of the source language).
    public func search(_ query: String, kind: RecordKind? = nil, limit: Int = 10, language: String) throws -> SearchResults {
        var seen = Set<String>()
        let terms = Tokenizer.terms(query).filter { seen.insert($0).inserted }
        let files = try source.listFiles()
        let byPath = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let records = IndexBuilder.records(in: files).map { record -> (file: SourceFile, kind: RecordKind) in
            let translated = TranslationLayout.translationPath(of: record.file.path, language: language)
            guard let file = byPath[translated], file.kind == .regular else { return record }
            return (file, record.kind)
        }
        let scan = try QueryScan(terms: terms, records: records, source: source)
        let hits = try BM25Ranking.top(terms, kind: kind, limit: limit, in: scan)
        return try results(query, terms: terms, hits: hits, origin: .scanned, language: language) {
            SearchIndex.Document(kind: records[$0].kind, path: records[$0].file.path)
        }
    }

    /// Whether the cached index is intact and was built from the files as they are now.
    public var hasCurrentIndex: Bool { cachedIndex(watcher: askWatcher()) != nil }

    /// Builds the index of every record and stores it in the cache folder, replacing any older
    /// one, unless another process is building it; does nothing without a cache folder, or when
    /// the folder cannot be written. Returns whether it built the index.
    @discardableResult
    public func buildIndex() throws -> Bool {
        guard let cache, let folder = cacheDirectory, mkdir(folder, 0o755) == 0 || errno == EEXIST else { return false }
        return try cache.whileLocked {
            switch source {
            case .revision:
                let records = try listRecords()
                cache.store(try IndexBuilder.build(records, from: source, key: try treeKey()))
            case .directory(let root):
                // The watcher is asked, then the snapshot taken, before the files are read: a file
                // changed while they are read no longer matches either.
                let watcher = askWatcher()
                let walk = try WorktreeWalk(root: root)
                let key = WorktreeSnapshot.take(walk, root: root)
                if cache.store(try IndexBuilder.build(walk.records, from: source, key: key)), let watcher {
                    IndexVoucher(answer: watcher, index: FileStatus(at: cache.path, in: AT_FDCWD)).write(in: folder)
                }
            }
        }
    }

    private var cache: IndexCache? {
        guard let cacheDirectory else { return nil }
        switch source {
        case .revision: return IndexCache(path: cacheDirectory + "/search-revision.idx")
        case .directory: return IndexCache(path: cacheDirectory + "/search-worktree.idx")
        }
    }

    /// The cached index when it is intact and current, and how that was known. For a working
    /// tree: by the watcher's voucher when the watcher still gives the answer it gave for this
    /// index file, otherwise by checking every file's status; an index found current that way
    /// is then vouched for with `watcher`, the answer asked for before the check.
    private func cachedIndex(watcher: WatcherAnswer?) -> (SearchIndex, SearchResults.IndexCheck)? {
        guard let cache else { return nil }
        switch source {
        case .revision:
            guard let key = try? treeKey(), let index = cache.load(accepting: { $0.elementsEqual(key) }) else { return nil }
            return (index, .tree)
        case .directory(let root):
            guard let bytes = IndexBytes(mapping: cache.path) else { return nil }
            if let watcher, let folder = cacheDirectory, IndexVoucher.read(in: folder) == IndexVoucher(answer: watcher, index: bytes.status),
                let index = try? SearchIndex(bytes: bytes, accepts: { _ in true })
            {
                return (index, .watcher)
            }
            guard let index = try? SearchIndex(bytes: bytes, accepts: { WorktreeSnapshot.isCurrent($0, root: root) }) else { return nil }
            if let watcher, let folder = cacheDirectory { IndexVoucher(answer: watcher, index: bytes.status).write(in: folder) }
            return (index, .fileStatuses)
        }
    }

    /// The answer of the working tree's watcher, when one is running; nil for a revision.
    private func askWatcher() -> WatcherAnswer? {
        guard asksWatcher, case .directory(let root) = source, let folder = cacheDirectory else { return nil }
        return watching.ask(Self.watchedTree(root: root, cacheDirectory: folder))
    }

    /// The folders of a knowledge base that hold records, and the names at its root that count.
    static func watchedTree(root: String, cacheDirectory: String) -> WatchedTree {
        WatchedTree(
            root: root, cacheDirectory: cacheDirectory, folders: RecordLocation.folders,
            rootNames: Set(RecordLocation.folders + [Settings.fileName]),
            subfolders: { path in DirectoryListing.subfolders(of: path) })
    }

    /// Watches the working tree for the next queries (see `WorktreeWatching`) until it goes away,
    /// or `idleSeconds` pass without a query; returns at once when another process watches it,
    /// or when this search is not of a working tree in a repository.
    public func watchWorktree(idleSeconds: Int) throws {
        guard case .directory(let root) = source, let folder = cacheDirectory, mkdir(folder, 0o755) == 0 || errno == EEXIST else { return }
        try watching.watch(Self.watchedTree(root: root, cacheDirectory: folder), idleSeconds: idleSeconds)
    }

    private func treeKey() throws -> [UInt8] {
        guard case .revision(let gitDirectory, let commit) = source else { return [] }
        return Array(("tree:" + (try Repository.open(at: gitDirectory).commit(commit).tree.hex)).utf8)
    }

    private func listRecords() throws -> [(file: SourceFile, kind: RecordKind)] {
        let records: [(file: SourceFile, kind: RecordKind)]
        let hasSettings: Bool
        if case .directory(let root) = source {
            let walk = try WorktreeWalk(root: root, takingStatuses: false)
            (records, hasSettings) = (walk.records, walk.hasSettings)
        } else {
            let files = try source.listFiles()
            (records, hasSettings) = (IndexBuilder.records(in: files), files.contains { $0.path == Settings.fileName })
        }
        if records.isEmpty && !hasSettings {
            throw LoadError.notAKnowledgeBase(
                "not a policylab knowledge base: no \(Settings.fileName), toolkit/, projects/ or lessons/ (run 'policylab init' to create one)")
        }
        return records
    }

    /// The results for `hits`, each record's title, summary and body read back (YAML decoded) for display.
    private func results(
        _ query: String, terms: [String], hits: [BM25Ranking.Hit], origin: SearchResults.IndexOrigin, language: String? = nil,
        document: (Int) throws -> SearchIndex.Document
    ) throws -> SearchResults {
        let documents = try hits.map { try document($0.document) }
        let files = try ResultFiles(source: source).read(documents.map(\.path))
        let results = zip(hits, zip(documents, files)).map { hit, file -> SearchResults.Result in
            let ((kind, path), bytes) = ((file.0.kind, file.0.path), file.1)
            let heading = RecordHeading(bytes: bytes, path: path)
            // A translation is named by the record it translates.
            let suffix = language.map { ".\($0).md" }
            let recordPath = suffix.map { path.hasSuffix($0) ? String(path.dropLast($0.count)) + ".md" : path } ?? path
            return SearchResults.Result(
                ref: Self.reference(kind: kind, path: recordPath), kind: kind, title: heading.title, path: path,
                score: (hit.score * 10_000).rounded() / 10_000,
                snippet: Snippet.make(from: [heading.body, heading.summary, heading.title], terms: Set(terms)))
        }
        return SearchResults(query: query, results: results, origin: origin)
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

import GitKit
import Yams

/// The branch tip a write builds on: its files, read straight from git objects.
public struct Snapshot {
    let repository: Repository
    /// Nil on an unborn branch (a new repository).
    public let tip: ObjectID?
    let tree: ObjectID?
    /// Where the tip's reference index comes from (shared by a write's attempts).
    let references: ReferenceIndexCache

    init(repository: Repository, tip: ObjectID?, references: ReferenceIndexCache? = nil) throws {
        self.repository = repository
        self.tip = tip
        self.references = references ?? ReferenceIndexCache(gitDirectory: repository.gitDirectory)
        tree = try tip.map { try repository.commit($0).tree }
    }

    /// The file's bytes at the tip, or nil when it does not exist there.
    public func read(_ path: String) throws -> [UInt8]? {
        guard let tree, let entry = try repository.entry(at: path, inTree: tree), entry.kind == .blob || entry.kind == .executable else {
            return nil
        }
        return try repository.blob(entry.id)
    }

    /// The file at `path` in the tip's tree (nil when absent or a folder).
    func file(_ path: String) throws -> TreeFile? {
        guard let tree, let entry = try repository.entry(at: path, inTree: tree), entry.kind != .tree else { return nil }
        return TreeFile(id: entry.id, kind: entry.kind)
    }

    /// Whether anything (a file or a folder) is at `path` in the tip's tree.
    public func exists(_ path: String) throws -> Bool {
        guard let tree else { return false }
        return try repository.entry(at: path, inTree: tree) != nil
    }

    /// The ids and references of every record at the tip.
    func referenceIndex() throws -> ReferenceIndex {
        try references.index(commit: tip, tree: tree, in: repository)
    }

    /// The records of `kinds` at the tip as an authoring command needs them, without reading
    /// every record: the records `selectors` name (`kind:id`, as `RecordSelector` reads them) and
    /// the projects of those that are evidence or claims are read in full; every other record
    /// stands in by its ids and references (enough for lookups, hints and suggestions, nothing
    /// more). The settings are the tip's.
    public func referenceKnowledgeBase(of kinds: Set<RecordKind> = Set(RecordKind.allCases), reading selectors: [RecordSelector]) throws
        -> KnowledgeBase
    {
        let index = try referenceIndex()
        let stubs = index.entries.compactMap { kinds.contains($0.kind) ? $0.stub : nil }
        var knowledgeBase = KnowledgeBase(settings: try ReferenceIndex.settings(of: tree, in: repository), records: stubs)
        var paths = Set<String>()
        for selector in selectors {
            // Only a selector naming one record is read; the change itself reports the others.
            guard case let matches = selector.candidates(in: knowledgeBase), matches.count == 1, let record = matches.first else { continue }
            paths.insert(record.source.path)
            switch record {
            case .evidence(let item): paths.insert("projects/\(item.project)/project.md")
            case .claim(let claim): paths.insert("projects/\(claim.project)/project.md")
            case .method, .project, .lesson: break
            }
        }
        let decoder = YAMLDecoder()
        for path in paths {
            if let record = try index.read(path, in: repository, decoder: decoder)?.record { knowledgeBase.replace(record) }
        }
        return knowledgeBase
    }

    /// The knowledge base at the tip (empty with default settings on an unborn branch).
    public func knowledgeBase() throws -> KnowledgeBase {
        guard let tip else { return KnowledgeBase(settings: .defaults, records: []) }
        return try KnowledgeBaseLoader.load(from: .revision(gitDirectory: repository.gitDirectory, commit: tip), keepBodies: false).knowledgeBase
    }
}

import GitKit
import Yams

/// The ids and references of every record of one git tree: what a write needs to find the
/// records its change can affect and to stand in for the others, without reading them.
///
/// Built by reading every record once; then brought from tree to tree by reading only the files
/// that differ (`update(to:in:)`), which is what keeps a write's cost to the size of its change.
struct ReferenceIndex: Sendable, Equatable {
    /// Above this many changed files, reading the whole tree again costs about the same.
    static let maximumUpdatedFiles = 2_000

    /// The tree described; nil for the empty tree of an unborn branch.
    var tree: ObjectID?
    /// Every record that parsed, by path.
    private(set) var entries: [String: ReferenceEntry]
    /// The paths of `entries` in order, the order of a knowledge base's records.
    private(set) var paths: [String]

    init(tree: ObjectID?, entries: [String: ReferenceEntry]) {
        self.init(tree: tree, entries: entries, paths: entries.keys.sorted())
    }

    /// - Parameter paths: the keys of `entries`, sorted.
    init(tree: ObjectID?, entries: [String: ReferenceEntry], paths: [String]) {
        self.tree = tree
        self.entries = entries
        self.paths = paths
    }

    /// The entry at `path`; setting nil removes it.
    subscript(path: String) -> ReferenceEntry? {
        get { entries[path] }
        set {
            let position = insertionPoint(of: path)
            let present = position < paths.count && paths[position] == path
            switch (newValue, present) {
            case (nil, true): paths.remove(at: position)
            case (.some, false): paths.insert(path, at: position)
            case (nil, false), (.some, true): break
            }
            entries[path] = newValue
        }
    }

    /// Every entry, in path order.
    var ordered: [ReferenceEntry] { paths.compactMap { entries[$0] } }

    private func insertionPoint(of path: String) -> Int {
        var low = 0, high = paths.count
        while low < high {
            let middle = (low + high) / 2
            if paths[middle] < path { low = middle + 1 } else { high = middle }
        }
        return low
    }

    static func == (lhs: ReferenceIndex, rhs: ReferenceIndex) -> Bool { lhs.tree == rhs.tree && lhs.entries == rhs.entries }

    /// Reads every record of `commit` (nil: an unborn branch, no records), in parallel as `check` does.
    static func build(commit: ObjectID?, in repository: Repository) throws -> ReferenceIndex {
        guard let commit else { return ReferenceIndex(tree: nil, entries: [:]) }
        let tree = try repository.commit(commit).tree
        let files = try GitTreeListing.files(in: repository, commit: commit, folders: RecordLocation.folders, topFiles: [Settings.fileName])
        var recordFiles: [(SourceFile, RecordKind, RecordID, RecordID?)] = []
        for file in files {
            if case .record(let kind, let id, let project) = KnowledgeBaseLoader.role(of: file) { recordFiles.append((file, kind, id, project)) }
        }
        let outcomes = try KnowledgeBaseLoader.parseInParallel(recordFiles, source: .revision(gitDirectory: repository.gitDirectory, commit: commit),
                                                               keepBodiesOf: [])
        var entries: [String: ReferenceEntry] = [:]
        entries.reserveCapacity(outcomes.count)
        for (file, outcome) in zip(recordFiles.map(\.0), outcomes) {
            if let record = outcome.record, let blob = file.blob { entries[file.path] = ReferenceEntry(record, blob: blob) }
        }
        return ReferenceIndex(tree: tree, entries: entries)
    }

    /// Brings the index to `newTree` by reading the files that differ from its tree; false (and
    /// unchanged) when that is more than `maximumUpdatedFiles`, where `build` is as cheap.
    mutating func update(to newTree: ObjectID?, in repository: Repository) throws -> Bool {
        guard newTree != tree else { return true }
        let changes = try repository.treeFileChanges(from: tree, to: newTree)
        guard changes.count <= Self.maximumUpdatedFiles else { return false }
        let decoder = YAMLDecoder()
        for (path, file) in changes {
            self[path] = nil
            guard let file, file.kind == .blob || file.kind == .executable else { continue }
            if let parsed = try Self.parse(SourceFile(path: path, kind: .regular, blob: file.id), bytes: try repository.blob(file.id), decoder: decoder),
               let record = parsed.record {
                self[path] = ReferenceEntry(record, blob: file.id)
            }
        }
        tree = newTree
        return true
    }

    /// The record `file` holds, parsed as the loader parses it; nil when the file is no record.
    static func parse(_ file: SourceFile, bytes: [UInt8], decoder: YAMLDecoder) throws -> RecordParser.Outcome? {
        guard case .record(let kind, let id, let project) = KnowledgeBaseLoader.role(of: file) else { return nil }
        return RecordParser.parse(bytes, path: file.path, kind: kind, fileID: id, project: project, keepBody: false, decoder: decoder)
    }

    /// Reads the record at `path` again from its blob (for the few records a validation checks in full).
    func read(_ path: String, in repository: Repository, decoder: YAMLDecoder) throws -> RecordParser.Outcome? {
        guard let entry = entries[path], let blob = ObjectID(hex: entry.blob) else { return nil }
        return try Self.parse(SourceFile(path: path, kind: .regular, blob: blob), bytes: try repository.blob(blob), decoder: decoder)
    }

    /// Whether a method has `id` as its id or one of its former ids.
    func definesMethod(_ id: RecordID, aliases: Set<RecordID>) -> Bool {
        entries["toolkit/methods/\(id).md"] != nil || aliases.contains(id)
    }

    func definesProject(_ id: RecordID) -> Bool { entries["projects/\(id)/project.md"] != nil }

    func definesEvidence(_ project: RecordID, _ id: RecordID) -> Bool { entries["projects/\(project)/evidence/\(id).md"] != nil }

    /// The former ids of every method.
    var methodAliases: Set<RecordID> {
        var aliases = Set<RecordID>()
        for entry in entries.values where entry.kind == .method { aliases.formUnion(entry.aliases) }
        return aliases
    }
}

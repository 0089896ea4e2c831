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
    /// Every record that parsed, in path order (the order of a knowledge base's records).
    private(set) var entries: [ReferenceEntry]

    /// - Parameter entries: in path order.
    init(tree: ObjectID?, entries: [ReferenceEntry]) {
        self.tree = tree
        self.entries = entries
    }

    /// The entry at `path`; setting nil removes it.
    subscript(path: String) -> ReferenceEntry? {
        get {
            let position = insertionPoint(of: path)
            return position < entries.count && entries[position].path == path ? entries[position] : nil
        }
        set {
            let position = insertionPoint(of: path)
            let present = position < entries.count && entries[position].path == path
            switch (newValue, present) {
            case (nil, true): entries.remove(at: position)
            case (.some(let entry), true): entries[position] = entry
            case (.some(let entry), false): entries.insert(entry, at: position)
            case (nil, false): break
            }
        }
    }

    private func insertionPoint(of path: String) -> Int {
        var low = 0, high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].path < path { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Reads every record of `commit` (nil: an unborn branch, no records), in parallel as `check` does.
    static func build(commit: ObjectID?, in repository: Repository) throws -> ReferenceIndex {
        guard let commit else { return ReferenceIndex(tree: nil, entries: []) }
        let tree = try repository.commit(commit).tree
        let files = try GitTreeListing.files(in: repository, commit: commit, folders: RecordLocation.folders, topFiles: [Settings.fileName])
        var recordFiles: [KnowledgeBaseLoader.RecordFile] = []
        for file in files {
            if case .record(let kind, let id, let project) = KnowledgeBaseLoader.role(of: file) { recordFiles.append((file, kind, id, project)) }
        }
        let outcomes = try KnowledgeBaseLoader.parseInParallel(
            recordFiles, source: .revision(gitDirectory: repository.gitDirectory, commit: commit),
            keepBodiesOf: []
        ).map(\.outcome)
        var entries: [ReferenceEntry] = []
        entries.reserveCapacity(outcomes.count)
        for (file, outcome) in zip(recordFiles.map(\.file), outcomes) {
            if let record = outcome.record, let blob = file.blob { entries.append(ReferenceEntry(record, blob: blob)) }
        }
        return ReferenceIndex(tree: tree, entries: entries.sorted { $0.path < $1.path })
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
            if let parsed = try Self.parse(
                SourceFile(path: path, kind: .regular, blob: file.id), bytes: try repository.blob(file.id), decoder: decoder),
                let record = parsed.record
            {
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
        guard let entry = self[path], let blob = ObjectID(hex: entry.blob) else { return nil }
        return try Self.parse(SourceFile(path: path, kind: .regular, blob: blob), bytes: try repository.blob(blob), decoder: decoder)
    }

    /// The settings of `tree`, as the loader reads them (the defaults without a `policylab.yaml`).
    static func settings(of tree: ObjectID?, in repository: Repository) throws -> Settings {
        guard let tree, let entry = try repository.entry(at: Settings.fileName, inTree: tree), entry.kind == .blob || entry.kind == .executable else {
            return .defaults
        }
        return SettingsReading.parse(try repository.blob(entry.id)).0
    }

    /// Whether a method has `id` as its id or one of its former ids.
    func definesMethod(_ id: RecordID, aliases: Set<RecordID>) -> Bool {
        aliases.contains(id) || self["toolkit/methods/\(id).md"] != nil
    }

    func definesProject(_ id: RecordID) -> Bool { self["projects/\(id)/project.md"] != nil }

    func definesEvidence(_ project: RecordID, _ id: RecordID) -> Bool { self["projects/\(project)/evidence/\(id).md"] != nil }

    /// The former ids of every method.
    var methodAliases: Set<RecordID> {
        var aliases = Set<RecordID>()
        for entry in entries where entry.kind == .method { aliases.formUnion(entry.aliases) }
        return aliases
    }
}

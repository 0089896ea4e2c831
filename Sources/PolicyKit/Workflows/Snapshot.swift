import GitKit

/// The branch tip a write builds on: its files, read straight from git objects.
public struct Snapshot {
    let repository: Repository
    /// Nil on an unborn branch (a new repository).
    public let tip: ObjectID?
    let tree: ObjectID?

    init(repository: Repository, tip: ObjectID?) throws {
        self.repository = repository
        self.tip = tip
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

    public func exists(_ path: String) throws -> Bool {
        guard let tree else { return false }
        return try repository.entry(at: path, inTree: tree) != nil
    }

    /// The knowledge base at the tip (empty with default settings on an unborn branch).
    public func knowledgeBase() throws -> KnowledgeBase {
        guard let tip else { return KnowledgeBase(settings: .defaults, records: []) }
        return try KnowledgeBaseLoader.load(from: .revision(gitDirectory: repository.gitDirectory, commit: tip), keepBodies: false).knowledgeBase
    }
}

import GitKit

/// Where a record named on the command line lives, found from its name and the tree alone, so
/// that commands about one record (`history`) need not load the whole knowledge base.
enum RecordPath {
    /// The file of each kind of record `selector` could name.
    static func candidates(for selector: RecordSelector) -> [(kind: RecordKind, path: String)] {
        let parts = selector.id.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.allSatisfy({ RecordID($0) != nil }) else { return [] }
        var result: [(RecordKind, String)] = []
        if parts.count == 1 {
            let id = parts[0]
            result = [(.method, "toolkit/methods/\(id).md"), (.project, "projects/\(id)/project.md"), (.lesson, "lessons/\(id).md")]
        } else if parts.count == 2 {
            result = [(.evidence, "projects/\(parts[0])/evidence/\(parts[1]).md"), (.claim, "projects/\(parts[0])/impact/\(parts[1]).md")]
        }
        return result.filter { selector.kind == nil || selector.kind == $0.0 }
    }

    /// The path and `kind:id` name of the one record `selector` names in `commit`: straight from
    /// the tree when exactly one candidate file exists, else by loading the knowledge base (aliases,
    /// evidence named without its project, and the errors with their hints).
    static func resolve(_ selector: RecordSelector, in repository: Repository, commit: ObjectID) throws -> (path: String, reference: String) {
        let tree = try repository.commit(commit).tree
        let found = try candidates(for: selector).filter { try repository.entry(at: $0.path, inTree: tree) != nil }
        if found.count == 1, let only = found.first {
            return (only.path, "\(only.kind.rawValue):\(selector.id)")
        }
        let outcome = try KnowledgeBaseLoader.load(from: .revision(gitDirectory: repository.gitDirectory, commit: commit), keepBodies: false)
        let record = try selector.resolve(in: outcome.knowledgeBase)
        return (record.source.path, record.reference)
    }
}

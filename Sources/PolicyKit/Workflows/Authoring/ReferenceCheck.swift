/// Checks the ids given on the command line against the knowledge base, so that a typo is a
/// usage error naming the flag, not a dangling reference.
enum ReferenceCheck {
    static func methods(_ ids: [RecordID], input: UsageInput, in kb: KnowledgeBase) throws {
        for id in ids where kb.resolveMethod(id) == nil {
            throw WriteError.usage(
                "\(input: input): no method '\(id)'" + Suggestion.hint(for: id.rawValue, among: kb.methods.map(\.id.rawValue))
                    + " (see 'policylab list methods')")
        }
    }

    static func projects(_ ids: [RecordID], input: UsageInput, in kb: KnowledgeBase) throws {
        for id in ids where kb.project(id) == nil {
            throw WriteError.usage(
                "\(input: input): no project '\(id)'" + Suggestion.hint(for: id.rawValue, among: kb.projects.map(\.id.rawValue))
                    + " (see 'policylab list projects')")
        }
    }

    /// The project, or a usage error naming the argument.
    static func project(_ id: RecordID, in kb: KnowledgeBase) throws -> Project {
        try projects([id], input: .project, in: kb)
        guard let project = kb.project(id) else { throw WriteError.usage("\(input: .project): no project '\(id)'") }
        return project
    }

    /// Refuses an id already used by another record of the kind, suggesting a free one.
    static func free(_ id: RecordID, path: String, at snapshot: Snapshot, pathFor: (RecordID) -> String) throws {
        guard try snapshot.exists(path) else { return }
        let suggestion = try Slug.firstFree(id) { try snapshot.exists(pathFor($0)) }
        throw WriteError.usage("id '\(id)' is already used by \(path); choose another with \(input: .id) (for example \(input: .id) \(suggestion))")
    }
}

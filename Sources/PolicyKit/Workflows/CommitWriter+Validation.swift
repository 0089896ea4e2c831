import GitKit

extension CommitWriter {
    /// Refuses new errors of the would-be commit: judged by what the change affects through the
    /// tip's reference index (`IncrementalValidation`) or, for the changes only a full validation
    /// can judge, by loading the knowledge base of the new commit and of the tip.
    /// - Returns: the reference index of the new tree, when the incremental validation made one.
    func refuseIfInvalid(_ commit: ObjectID, tree: ObjectID, changes: [String: [UInt8]?], snapshot: Snapshot) throws -> ReferenceIndex? {
        if let verdict = try IncrementalValidation(repository: repository).verdict(
            tip: try snapshot.referenceIndex(), newTree: tree, changes: changes)
        {
            if !verdict.refused.isEmpty { throw WriteError.invalid(verdict.refused) }
            return verdict.index
        }
        let refused = try Self.fullyRefused(commit, changed: Set(changes.keys), tip: snapshot.tip, in: repository)
        if !refused.isEmpty { throw WriteError.invalid(refused) }
        return nil
    }

    /// Loads the would-be knowledge base from the new commit and refuses new errors (as merges do:
    /// their trees keep modes and links, which only a full load judges).
    func refuseIfInvalid(_ commit: ObjectID, changed: Set<String>, tip: ObjectID?) throws {
        let refused = try Self.fullyRefused(commit, changed: changed, tip: tip, in: repository)
        if !refused.isEmpty { throw WriteError.invalid(refused) }
    }

    /// The errors a full validation refuses a commit for: those of the knowledge base loaded from
    /// `commit` that the tip did not have, and all of those in the files the commit changes.
    static func fullyRefused(_ commit: ObjectID, changed: Set<String>, tip: ObjectID?, in repository: Repository) throws -> [Finding] {
        func errors(_ commit: ObjectID) throws -> [Finding] {
            let loaded = try KnowledgeBaseLoader.load(from: .revision(gitDirectory: repository.gitDirectory, commit: commit), keepBodies: false)
            return Validator.validate(loaded, hidingDependents: false).filter { $0.severity == .error }
        }
        let after = try errors(commit)
        guard !after.isEmpty else { return [] }
        // Errors the knowledge base already had are not this change's fault: refuse only new ones.
        let existing = Set(try tip.map(errors)?.map(\.key) ?? [])
        return after.filter { changed.contains($0.path) || !existing.contains($0.key) }
    }
}

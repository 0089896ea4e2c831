import GitKit

/// Runs a `RecordChange` through `CommitWriter`.
public struct Authoring {
    public struct Outcome: Sendable {
        public var path: String
        public var commit: ObjectID?
        public var changes: [String: [UInt8]?]
        /// Lines for standard error (a damaged cache that was rebuilt).
        public var notes: [String] = []
    }

    public let repository: Repository

    public init(repository: Repository) {
        self.repository = repository
    }

    /// Applies `change`: validates, commits (or only writes, or only reports, by `mode`).
    /// - Parameter author: "Name <email>" from `--author`; the git identity when nil.
    public func apply(_ change: some RecordChange, author: Signature?, mode: CommitWriter.Mode) throws -> Outcome {
        let identity = try author ?? repository.defaultSignature()
        let committer = (try? repository.defaultSignature()) ?? identity
        let writer = CommitWriter(repository: repository)
        let outcome = try writer.write(message: change.message, author: identity, committer: committer, mode: mode) { snapshot in
            try change.files(at: snapshot, in: snapshot.referenceKnowledgeBase(of: change.looksUp, reading: change.readsInFull))
        }
        let path = change.path.isEmpty ? outcome.changes.keys.sorted().first ?? "" : change.path
        return Outcome(path: path, commit: outcome.commit, changes: outcome.changes, notes: writer.notes)
    }
}

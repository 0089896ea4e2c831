import GitKit

/// Runs a `RecordChange` through `CommitWriter`.
public struct Authoring {
    /// What an applied change did: the record's file, the commit made and every file written.
    public struct Outcome: Sendable {
        /// The path of the record file the change wrote (the first changed path when the change names none).
        public var path: String
        /// The commit made; nil when the change was only written to the working tree or only reported.
        public var commit: ObjectID?
        /// The new contents of every changed path (nil for a deleted one).
        public var changes: [String: [UInt8]?]
        /// Lines for standard error (a damaged cache that was rebuilt).
        public var notes: [String] = []
    }

    /// The knowledge base's repository that changes are committed to.
    public let repository: Repository

    /// Applies changes to the knowledge base in `repository`.
    public init(repository: Repository) {
        self.repository = repository
    }

    /// Applies `change`: validates, commits (or only writes, or only reports, by `mode`).
    /// - Parameter author: "Name <email>" of the person making the change; the git identity when nil.
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

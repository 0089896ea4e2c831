import GitKit

/// One authoring command's change to the knowledge base: what it writes, computed against the
/// branch tip each attempt, and how its commit is described.
public protocol RecordChange {
    /// The record the change is about, `kind:id`.
    var record: String { get }
    /// The path of the record file written (empty when only the tip tells, as for a claim named by id).
    var path: String { get }
    /// The commit subject, e.g. `project: add innovation-in-democracy`.
    var subject: String { get }
    /// The command that made it, for the commit trailer, e.g. `project new`.
    var command: String { get }
    /// The records the change reads beyond their ids (`kind:id` selectors): the knowledge base
    /// given to `files` holds them (and the projects of evidence and claims) in full, and every
    /// other record only by its ids and references. `[record]` unless a change says otherwise.
    var readsInFull: [String] { get }
    /// The kinds of record the change looks up (by id, for checks and suggestions): the knowledge
    /// base given to `files` holds only those. Every kind unless a change says otherwise.
    var looksUp: Set<RecordKind> { get }
    /// The files to write (nil deletes), given the tip and its knowledge base.
    func files(at snapshot: Snapshot, in knowledgeBase: KnowledgeBase) throws -> [String: [UInt8]?]
}

extension RecordChange {
    public var readsInFull: [String] { [record] }
    public var looksUp: Set<RecordKind> { Set(RecordKind.allCases) }

    /// The commit message: subject, then machine-readable trailers.
    public var message: String {
        "\(subject)\n\nPolicylab-Command: \(command)\nPolicylab-Record: \(record)\n"
    }
}

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

import GitKit

/// One authoring command's change to the knowledge base: what it writes, computed against the
/// branch tip each attempt, and how its commit is described.
public protocol RecordChange {
    /// The record the change is about.
    var record: RecordSelector { get }
    /// The path of the record file written (empty when only the tip tells, as for a claim named by id).
    var path: String { get }
    /// The commit subject, e.g. `project: add innovation-in-democracy`.
    var subject: String { get }
    /// The command that made it, for the commit trailer, e.g. `project new`.
    var command: String { get }
    /// The records the change reads beyond their ids (`kind:id` selectors): the knowledge base
    /// given to `files` holds them (and the projects of evidence and claims) in full, and every
    /// other record only by its ids and references. `[record]` unless a change says otherwise.
    var readsInFull: [RecordSelector] { get }
    /// The kinds of record the change looks up (by id, for checks and suggestions): the knowledge
    /// base given to `files` holds only those. Every kind unless a change says otherwise.
    var looksUp: Set<RecordKind> { get }
    /// The files to write (nil deletes), given the tip and its knowledge base.
    func files(at snapshot: Snapshot, in knowledgeBase: KnowledgeBase) throws -> [String: [UInt8]?]
}

extension RecordChange {
    /// By default a change reads only its own record in full.
    public var readsInFull: [RecordSelector] { [record] }
    /// By default a change looks up every kind of record.
    public var looksUp: Set<RecordKind> { Set(RecordKind.allCases) }

    /// The commit message: subject, then machine-readable trailers.
    public var message: String {
        "\(subject)\n\nPolicylab-Command: \(command)\nPolicylab-Record: \(record)\n"
    }
}

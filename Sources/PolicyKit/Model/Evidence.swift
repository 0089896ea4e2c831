/// One piece of evidence for a project (`projects/<p>/evidence/<id>.md`).
public struct Evidence: Sendable, Hashable, Encodable {
    /// The evidence's id, unique within its project.
    public var id: RecordID
    /// The id of the project the evidence supports.
    public var project: RecordID
    /// The evidence's title.
    public var title: String
    /// What kind of evidence it is (report, dataset, survey...).
    public var kind: EvidenceKind
    /// An http(s) URL (`link`, not `url`, which Jekyll and Hugo reserve for a page's own address).
    public var link: String?
    /// A path under the project's `evidence/files/`, relative to the project's folder.
    public var file: String?
    /// The SHA-256 (hex) of the kept file, as the record gives it.
    public var sha256: String?
    /// Whether the evidence is public or restricted (restricted evidence never leaves the repository).
    public var access: Access
    /// The Nesta standards of evidence level, 1 (theory of change) to 5 (replicated at scale).
    public var strength: Int?
    /// The day the evidence was collected or published.
    public var date: Day?
    /// Who collected the evidence.
    public var collectedBy: String?
    /// A short summary of what the evidence shows.
    public var summary: String?
    /// Where the record was read from.
    public var source: RecordSource

    /// `<project>/<id>`, the way evidence is named outside its project.
    public var qualifiedID: String { "\(project)/\(id)" }
}

extension Evidence {
    /// Evidence files larger than this belong in a data repository, linked with `link`.
    public static let maximumFileSize = 50 << 20
}

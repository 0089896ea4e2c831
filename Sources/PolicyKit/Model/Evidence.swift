/// One piece of evidence for a project (`projects/<p>/evidence/<id>.md`).
public struct Evidence: Sendable, Hashable, Encodable {
    public var id: RecordID
    public var project: RecordID
    public var title: String
    public var kind: EvidenceKind
    /// An http(s) URL (`link`, not `url`, which Jekyll and Hugo reserve for a page's own address).
    public var link: String?
    /// A path under the project's `evidence/files/`, relative to the project's folder.
    public var file: String?
    public var sha256: String?
    public var access: Access
    /// The Nesta standards of evidence level, 1 (theory of change) to 5 (replicated at scale).
    public var strength: Int?
    public var date: Day?
    public var collectedBy: String?
    public var summary: String?
    public var source: RecordSource

    /// `<project>/<id>`, the way evidence is named outside its project.
    public var qualifiedID: String { "\(project)/\(id)" }
}

extension Evidence {
    /// Evidence files larger than this belong in a data repository, linked with `link`.
    public static let maximumFileSize = 50 << 20
}

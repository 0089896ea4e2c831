/// One record as JSON: its kind, its fields as in the file (snake_case), its path, and for
/// a record shown on its own, its links and derived status.
public struct RecordDocument: Encodable, Sendable {
    /// The record, encoded with its fields as in its file.
    public let record: Record
    /// The record's links both ways, when they were asked for.
    public let links: RecordLinks?
    /// A claim's derived status (nil for other kinds).
    public let status: ClaimStatus?

    /// The document of `record`, with its links in `knowledgeBase` when `includeLinks` is true.
    public init(record: Record, knowledgeBase: KnowledgeBase, includeLinks: Bool) {
        self.record = record
        links = includeLinks ? RecordLinks(of: record, in: knowledgeBase) : nil
        if case .claim(let claim) = record {
            status = claim.status(in: knowledgeBase.project(claim.project), settings: knowledgeBase.settings)
        } else {
            status = nil
        }
    }

    enum CodingKeys: String, CodingKey { case kind, ref, record, links, status }

    /// Encodes the kind, the reference, the record's fields and, when present, its links and status.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(record.kind, forKey: .kind)
        try container.encode(record.reference, forKey: .ref)
        switch record {
        case .method(let value): try container.encode(value, forKey: .record)
        case .project(let value): try container.encode(value, forKey: .record)
        case .evidence(let value): try container.encode(value, forKey: .record)
        case .claim(let value): try container.encode(value, forKey: .record)
        case .lesson(let value): try container.encode(value, forKey: .record)
        }
        try container.encodeIfPresent(links, forKey: .links)
        try container.encodeIfPresent(status, forKey: .status)
    }
}

/// A claim of impact (`projects/<p>/impact/<id>.md`), with the stakeholders asked to verify it and their answers.
public struct ImpactClaim: Sendable, Hashable, Encodable {
    public var id: RecordID
    public var project: RecordID
    /// One measurable sentence.
    public var statement: String
    public var kind: ClaimKind
    public var evidence: [Located<RecordID>]
    public var requested: [VerificationRequest]
    public var verifications: [Verification]
    public var source: RecordSource

    public var qualifiedID: String { "\(project)/\(id)" }
}

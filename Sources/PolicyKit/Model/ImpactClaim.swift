/// A claim of impact (`projects/<p>/impact/<id>.md`), with the stakeholders asked to verify it and their answers.
public struct ImpactClaim: Sendable, Hashable, Encodable {
    /// The claim's id, unique within its project.
    public var id: RecordID
    /// The id of the project the claim is about.
    public var project: RecordID
    /// One measurable sentence.
    public var statement: String
    /// What kind of impact is claimed.
    public var kind: ClaimKind
    /// Ids of the project's evidence supporting the claim, each where it was written.
    public var evidence: [Located<RecordID>]
    /// The stakeholders asked to verify the claim, in the order asked.
    public var requested: [VerificationRequest]
    /// The stakeholders' verdicts, in the order recorded (a later one of the same stakeholder replaces an earlier).
    public var verifications: [Verification]
    /// Where the record was read from.
    public var source: RecordSource

    /// `<project>/<id>`, the way a claim is named outside its project.
    public var qualifiedID: String { "\(project)/\(id)" }
}

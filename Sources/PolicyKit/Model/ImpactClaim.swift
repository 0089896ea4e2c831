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

/// Verification asked of a project stakeholder.
public struct VerificationRequest: Sendable, Hashable, Encodable {
    public var stakeholder: Located<RecordID>
    public var on: Day?
}

/// A stakeholder's answer about a claim, tied to the exact statement they saw.
public struct Verification: Sendable, Hashable, Encodable {
    public var stakeholder: Located<RecordID>
    public var verdict: Verdict
    public var on: Day?
    public var note: String?
    /// The git identity that recorded the answer, "Name <email>".
    public var recordedBy: String?
    /// SHA-256 (hex) of the trimmed statement that was verified; a mismatch makes the verification stale.
    public var statementSHA256: String?
    /// The stakeholder's SSHSIG signature of the verdict (`VerdictStatement`), base64; nil when unsigned.
    public var signature: String?
}

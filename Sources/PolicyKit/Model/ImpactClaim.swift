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
    /// In a knowledge base shown in another language (`KnowledgeBase.localized(into:)`), the
    /// statement in the source language that verifications confirmed; nil: `statement` itself.
    public var verifiedStatement: String? = nil
    /// In a knowledge base shown in another language, whether the claim's translation is not
    /// current, parity-clean and fully translated: it is then not shown as verified but as
    /// awaiting an up-to-date translation.
    public var awaitsTranslation = false

    enum CodingKeys: String, CodingKey { case id, project, statement, kind, evidence, requested, verifications, source }

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

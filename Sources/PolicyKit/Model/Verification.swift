/// A stakeholder's answer about a claim, tied to the exact statement they saw.
public struct Verification: Sendable, Hashable, Encodable {
    /// The id of the stakeholder who answered, where it was written.
    public var stakeholder: Located<RecordID>
    /// Their verdict: confirmed, partly or disputed.
    public var verdict: Verdict
    /// The day of the verdict.
    public var on: Day?
    /// The stakeholder's note about the verdict.
    public var note: String?
    /// The git identity that recorded the answer, "Name <email>".
    public var recordedBy: String?
    /// SHA-256 (hex) of the trimmed statement that was verified; a mismatch makes the verification stale.
    public var statementSHA256: String?
    /// The stakeholder's SSHSIG signature of the verdict (`VerdictStatement`), base64; nil when unsigned.
    public var signature: String?
}

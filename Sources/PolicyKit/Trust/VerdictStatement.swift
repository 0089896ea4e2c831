/// The exact text a stakeholder signs to give a verdict on a claim: the knowledge base, the claim,
/// who speaks, the verdict, the day, and the digest of the statement they saw.
public struct VerdictStatement: Sendable, Hashable {
    /// The SSHSIG namespace of verdicts.
    public static let namespace = "policylab-verification"

    public var knowledgeBase: String
    /// `project/claim`.
    public var claim: String
    public var stakeholder: String
    public var verdict: String
    /// `YYYY-MM-DD`, or empty when the entry has no date.
    public var on: String
    public var statementSHA256: String
    public var note: String

    /// The bytes that are signed.
    public var text: String {
        """
        policylab verification
        knowledge-base: \(knowledgeBase)
        claim: \(claim)
        stakeholder: \(stakeholder)
        verdict: \(verdict)
        on: \(on)
        statement-sha256: \(statementSHA256)
        note: \(note)

        """
    }

    /// Whether `armoured` (the entry's `signature`) is a valid signature of this statement by `key`.
    public func isSigned(_ armoured: String?, by key: SSHPublicKey) -> Bool {
        guard let armoured, let signature = try? SSHSignature(armoured: armoured) else { return false }
        return signature.isValid(for: Array(text.utf8), namespace: Self.namespace, by: key)
    }
}

import Foundation

/// The exact text a stakeholder signs to give a verdict on a claim: the knowledge base, the claim,
/// who speaks, the verdict, the day, and the digest of the statement they saw.
public struct VerdictStatement: Sendable, Hashable {
    /// The SSHSIG namespace of verdicts.
    public static let namespace = "policylab-verification"

    /// The knowledge base's `name` in its `policylab.yaml`.
    public var knowledgeBase: String
    /// `project/claim`.
    public var claim: String
    /// The id of the stakeholder giving the verdict.
    public var stakeholder: String
    /// The verdict: confirmed, partly or disputed.
    public var verdict: String
    /// `YYYY-MM-DD`, or empty when the entry has no date.
    public var on: String
    /// The SHA-256 (hex) of the claim's statement as the stakeholder saw it.
    public var statementSHA256: String
    /// The stakeholder's note, or empty.
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

    /// Whether `signature` (the entry's `signature`: an SSHSIG blob in base64) is a valid
    /// signature of this statement by `key`.
    public func isSigned(_ signature: String?, by key: SSHPublicKey) -> Bool {
        guard let signature, let blob = Data(base64Encoded: signature), let parsed = try? SSHSignature(blob: Array(blob)) else { return false }
        return parsed.isValid(for: Array(text.utf8), namespace: Self.namespace, by: key)
    }
}

extension VerdictStatement {
    /// The statement a verification entry of `claim` stands for.
    public init(_ verification: Verification, of claim: ImpactClaim, knowledgeBase: String) {
        self.init(
            knowledgeBase: knowledgeBase, claim: claim.qualifiedID, stakeholder: verification.stakeholder.value.rawValue,
            verdict: verification.verdict.rawValue, on: verification.on?.description ?? "",
            statementSHA256: verification.statementSHA256 ?? "", note: verification.note ?? "")
    }
}

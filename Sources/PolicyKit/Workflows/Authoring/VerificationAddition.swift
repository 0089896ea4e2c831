import Foundation
import GitKit

/// Records a stakeholder's verdict on the exact statement of a claim.
///
/// The verification stores the SHA-256 of the statement, so that editing the statement later, by
/// any means, makes it stale. A later verdict of the same stakeholder replaces the earlier one;
/// the file keeps both.
public struct VerificationAddition: RecordChange {
    /// The claim being verified.
    public var claim: RecordSelector
    /// The id of the verifying stakeholder, one of the claim's project's stakeholders.
    public var stakeholder: RecordID
    /// The stakeholder's verdict: confirmed, partly or disputed.
    public var verdict: Verdict
    /// A note from the stakeholder about the verdict.
    public var note: String?
    /// The day of the verdict; today unless said otherwise.
    public var on = Day.today()
    /// Who records it: the git identity of the writer, "Name <email>".
    public var recordedBy: String
    /// Signs the verdict as the stakeholder (their key), when given.
    public var signer: SSHSigner?

    /// An unsigned verdict of `stakeholder` on `claim`, dated today.
    public init(claim: RecordSelector, stakeholder: RecordID, verdict: Verdict, recordedBy: String) {
        self.claim = claim
        self.stakeholder = stakeholder
        self.verdict = verdict
        self.recordedBy = recordedBy
    }

    /// The claim record being edited.
    public var record: RecordSelector { claim }
    /// The claim is read in full: its statement is what a verification confirms.
    public var readsInFull: [RecordSelector] { [claim] }
    /// Empty: the claim's file is found at the tip, as the claim may be named by id alone.
    public var path: String { "" }
    /// The commit subject, `impact: <stakeholder> <verdict> <claim>`.
    public var subject: String { "impact: \(stakeholder) \(verdict.rawValue) \(claim.id)" }
    /// The command named in the commit's `Policylab-Command` trailer.
    public var command: String { "impact verify" }

    /// The claim file with the verification appended, refused when the stakeholder is unknown or, for a
    /// signed verdict, has no signing key or another key signed it.
    public func files(at snapshot: Snapshot, in kb: KnowledgeBase) throws -> [String: [UInt8]?] {
        var edit = try ClaimEdit(claim, at: snapshot, in: kb)
        let who = try edit.stakeholder(stakeholder)
        var item = ["- stakeholder: \(stakeholder)", "  verdict: \(verdict.rawValue)", "  on: \(on)"]
        if let note { item.append("  note: \(YAMLText.quoted(note))") }
        item.append("  recorded_by: \(YAMLText.quoted(recordedBy))")
        let digest = SHA256.ofStatement(edit.claim.statement)
        item.append("  statement_sha256: \(digest)")
        if let signer {
            let statement = VerdictStatement(
                knowledgeBase: kb.settings.name, claim: edit.claim.qualifiedID, stakeholder: stakeholder.rawValue,
                verdict: verdict.rawValue, on: on.description, statementSHA256: digest, note: note ?? "")
            guard let key = who.signingKey else {
                throw WriteError.refused(
                    "stakeholder '\(stakeholder)' has no signing_key in \(edit.project.source.path): add their public key there before they sign")
            }
            do {
                let signature = try signer.sign(Array(statement.text.utf8), namespace: VerdictStatement.namespace)
                guard signature.publicKey == key else {
                    throw WriteError.refused(
                        "the verdict was signed with \(signature.publicKey.fingerprint), not stakeholder '\(stakeholder)''s signing_key (\(key.fingerprint))"
                    )
                }
                item.append("  signature: \(Data(signature.blob).base64EncodedString())")
            } catch let failure as SSHSigner.Failure {
                throw WriteError.refused("the verdict could not be signed: \(failure.description)")
            }
        }
        try edit.editor.append(to: "verifications", blockItem: item, flowItem: nil)
        return [edit.path: edit.editor.bytes]
    }
}

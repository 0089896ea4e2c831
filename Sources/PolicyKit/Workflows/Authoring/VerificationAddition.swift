import Foundation
import GitKit

/// `policylab impact verify`: records a stakeholder's verdict on the exact statement of a claim.
///
/// The verification stores the SHA-256 of the statement, so that editing the statement later, by
/// any means, makes it stale. A later verdict of the same stakeholder replaces the earlier one;
/// the file keeps both.
public struct VerificationAddition: RecordChange {
    public var claim: RecordSelector
    public var stakeholder: RecordID
    public var verdict: Verdict
    public var note: String?
    public var on = Day.today()
    /// Who records it: the git identity of the writer, "Name <email>".
    public var recordedBy: String
    /// Signs the verdict as the stakeholder (their key), when given.
    public var signer: SSHSigner?

    public init(claim: RecordSelector, stakeholder: RecordID, verdict: Verdict, recordedBy: String) {
        self.claim = claim
        self.stakeholder = stakeholder
        self.verdict = verdict
        self.recordedBy = recordedBy
    }

    public var record: RecordSelector { claim }
    /// The claim is read in full: its statement is what a verification confirms.
    public var readsInFull: [RecordSelector] { [claim] }
    public var path: String { "" }
    public var subject: String { "impact: \(stakeholder) \(verdict.rawValue) \(claim.id)" }
    public var command: String { "impact verify" }

    public func files(at snapshot: Snapshot, in kb: KnowledgeBase) throws -> [String: [UInt8]?] {
        var edit = try ClaimEdit(claim, at: snapshot, in: kb)
        let who = try edit.stakeholder(stakeholder)
        var item = ["- stakeholder: \(stakeholder)", "  verdict: \(verdict.rawValue)", "  on: \(on)"]
        if let note { item.append("  note: \(YAMLText.quoted(note))") }
        item.append("  recorded_by: \(YAMLText.quoted(recordedBy))")
        let digest = SHA256.ofStatement(edit.claim.statement)
        item.append("  statement_sha256: \(digest)")
        if let signer {
            let statement = VerdictStatement(knowledgeBase: kb.settings.name, claim: edit.claim.qualifiedID, stakeholder: stakeholder.rawValue,
                                             verdict: verdict.rawValue, on: on.description, statementSHA256: digest, note: note ?? "")
            guard let key = who.signingKey else {
                throw WriteError.refused("stakeholder '\(stakeholder)' has no signing_key in \(edit.project.source.path): add their public key there before they sign")
            }
            do {
                let signature = try signer.sign(Array(statement.text.utf8), namespace: VerdictStatement.namespace)
                guard signature.publicKey == key else {
                    throw WriteError.refused("the verdict was signed with \(signature.publicKey.fingerprint), not stakeholder '\(stakeholder)''s signing_key (\(key.fingerprint))")
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

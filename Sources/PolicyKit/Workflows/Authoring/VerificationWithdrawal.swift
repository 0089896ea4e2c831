/// Takes back a stakeholder's open request or their latest verdict on a claim.
/// The commit history keeps what was withdrawn.
public struct VerificationWithdrawal: RecordChange {
    /// What a withdrawal takes back.
    public enum What: String, Sendable {
        /// The stakeholder's latest request, or their latest verdict.
        case request, verdict
    }

    /// The claim the request or verdict is on.
    public var claim: RecordSelector
    /// The id of the stakeholder whose request or verdict is withdrawn.
    public var stakeholder: RecordID
    /// Whether the request or the verdict is withdrawn.
    public var what: What

    /// Withdraws `what` of `stakeholder` on `claim`.
    public init(claim: RecordSelector, stakeholder: RecordID, what: What) {
        self.claim = claim
        self.stakeholder = stakeholder
        self.what = what
    }

    /// The claim record being edited.
    public var record: RecordSelector { claim }
    /// The claim is read in full: its statement is what a verification confirms.
    public var readsInFull: [RecordSelector] { [claim] }
    /// Empty: the claim's file is found at the tip, as the claim may be named by id alone.
    public var path: String { "" }
    /// The commit subject, `impact: withdraw the <request|verdict> of <stakeholder> on <claim>`.
    public var subject: String { "impact: withdraw the \(what.rawValue) of \(stakeholder) on \(claim.id)" }
    /// The command named in the commit's `Policylab-Command` trailer.
    public var command: String { "impact withdraw" }

    /// The claim file without the stakeholder's latest request or verdict, refused when they have none.
    public func files(at snapshot: Snapshot, in kb: KnowledgeBase) throws -> [String: [UInt8]?] {
        var edit = try ClaimEdit(claim, at: snapshot, in: kb)
        let key = what == .request ? "requested" : "verifications"
        let stakeholders = what == .request ? edit.claim.requested.map(\.stakeholder.value) : edit.claim.verifications.map(\.stakeholder.value)
        guard let index = stakeholders.lastIndex(of: stakeholder) else {
            throw WriteError.usage("\(input: .stakeholder): '\(stakeholder)' has no \(what.rawValue) on this claim to withdraw")
        }
        try edit.editor.remove(item: index, of: key)
        return [edit.path: edit.editor.bytes]
    }
}

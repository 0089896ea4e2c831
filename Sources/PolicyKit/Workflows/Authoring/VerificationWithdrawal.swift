/// `policylab impact withdraw`: takes back a stakeholder's open request or their latest verdict.
/// The commit history keeps what was withdrawn.
public struct VerificationWithdrawal: RecordChange {
    public enum What: String, Sendable {
        case request, verdict
    }

    public var claim: String
    public var stakeholder: RecordID
    public var what: What

    public init(claim: String, stakeholder: RecordID, what: What) {
        self.claim = claim
        self.stakeholder = stakeholder
        self.what = what
    }

    public var record: String { "claim:\(claim)" }
    /// The claim is read in full: its statement is what a verification confirms.
    public var readsInFull: [String] { [ClaimEdit.selector(claim)] }
    public var path: String { "" }
    public var subject: String { "impact: withdraw the \(what.rawValue) of \(stakeholder) on \(claim)" }
    public var command: String { "impact withdraw" }

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

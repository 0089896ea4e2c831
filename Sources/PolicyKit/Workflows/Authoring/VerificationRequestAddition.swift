/// `policylab impact request`: asks a project stakeholder to verify a claim.
public struct VerificationRequestAddition: RecordChange {
    public var claim: String
    public var stakeholder: RecordID
    public var on = Day.today()

    public init(claim: String, stakeholder: RecordID) {
        self.claim = claim
        self.stakeholder = stakeholder
    }

    public var record: String { "claim:\(claim)" }
    /// The claim is read in full: its statement is what a verification confirms.
    public var readsInFull: [String] { [ClaimEdit.selector(claim)] }
    public var path: String { "" }
    public var subject: String { "impact: ask \(stakeholder) to verify \(claim)" }
    public var command: String { "impact request" }

    public func files(at snapshot: Snapshot, in kb: KnowledgeBase) throws -> [String: [UInt8]?] {
        var edit = try ClaimEdit(claim, at: snapshot, in: kb)
        _ = try edit.stakeholder(stakeholder)
        let answered = Set(edit.claim.verifications.map(\.stakeholder.value))
        if let open = edit.claim.requested.last(where: { $0.stakeholder.value == stakeholder }), !answered.contains(stakeholder) {
            throw WriteError.usage("\(input: .stakeholder): '\(stakeholder)' was already asked\(open.on.map { " on \($0)" } ?? "") and has not answered yet")
        }
        try edit.editor.append(to: "requested", blockItem: ["- stakeholder: \(stakeholder)", "  on: \(on)"], flowItem: nil)
        return [edit.path: edit.editor.bytes]
    }
}

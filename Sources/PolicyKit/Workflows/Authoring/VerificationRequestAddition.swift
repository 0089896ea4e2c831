/// Asks a project stakeholder to verify a claim, recording the request in the claim's file.
public struct VerificationRequestAddition: RecordChange {
    /// The claim to be verified.
    public var claim: RecordSelector
    /// The id of the stakeholder asked, one of the claim's project's stakeholders.
    public var stakeholder: RecordID
    /// The day of the request; today unless said otherwise.
    public var on = Day.today()

    /// A request to `stakeholder` to verify `claim`, dated today.
    public init(claim: RecordSelector, stakeholder: RecordID) {
        self.claim = claim
        self.stakeholder = stakeholder
    }

    /// The claim record being edited.
    public var record: RecordSelector { claim }
    /// The claim is read in full: its statement is what a verification confirms.
    public var readsInFull: [RecordSelector] { [claim] }
    /// Empty: the claim's file is found at the tip, as the claim may be named by id alone.
    public var path: String { "" }
    /// The commit subject, `impact: ask <stakeholder> to verify <claim>`.
    public var subject: String { "impact: ask \(stakeholder) to verify \(claim.id)" }
    /// The command named in the commit's `Policylab-Command` trailer.
    public var command: String { "impact request" }

    /// The claim file with the request appended, refused when the stakeholder is unknown or was asked and has
    /// not answered yet.
    public func files(at snapshot: Snapshot, in kb: KnowledgeBase) throws -> [String: [UInt8]?] {
        var edit = try ClaimEdit(claim, at: snapshot, in: kb)
        _ = try edit.stakeholder(stakeholder)
        let answered = Set(edit.claim.verifications.map(\.stakeholder.value))
        if let open = edit.claim.requested.last(where: { $0.stakeholder.value == stakeholder }), !answered.contains(stakeholder) {
            throw WriteError.usage(
                "\(input: .stakeholder): '\(stakeholder)' was already asked\(open.on.map { " on \($0)" } ?? "") and has not answered yet")
        }
        try edit.editor.append(to: "requested", blockItem: ["- stakeholder: \(stakeholder)", "  on: \(on)"], flowItem: nil)
        return [edit.path: edit.editor.bytes]
    }
}

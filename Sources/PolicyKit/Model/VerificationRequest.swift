/// Verification asked of a project stakeholder.
public struct VerificationRequest: Sendable, Hashable, Encodable {
    /// The id of the stakeholder asked, where it was written.
    public var stakeholder: Located<RecordID>
    /// The day they were asked.
    public var on: Day?
}

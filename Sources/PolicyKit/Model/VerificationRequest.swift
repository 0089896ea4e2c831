/// Verification asked of a project stakeholder.
public struct VerificationRequest: Sendable, Hashable, Encodable {
    public var stakeholder: Located<RecordID>
    public var on: Day?
}

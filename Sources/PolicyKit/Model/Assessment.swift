/// The Independent Reporting Mechanism's assessment of a commitment.
public struct Assessment: Sendable, Hashable, Encodable {
    /// Whether the commitment is specific enough to be verified.
    public var verifiable: Bool?
    /// The open government values the commitment is relevant to.
    public var ogpValues: [OGPValue]
    /// How much the commitment could change, if carried out.
    public var potentialImpact: PotentialImpact?
    /// How far the commitment was carried out.
    public var completion: Completion?
    /// How much the commitment opened government.
    public var openedGovernment: OpenedGovernment?
}

/// The Independent Reporting Mechanism's assessment of a commitment.
public struct Assessment: Sendable, Hashable, Encodable {
    public var verifiable: Bool?
    public var ogpValues: [OGPValue]
    public var potentialImpact: PotentialImpact?
    public var completion: Completion?
    public var openedGovernment: OpenedGovernment?
}

/// The Independent Reporting Mechanism's assessment of a commitment.
public struct Assessment: Sendable, Hashable, Encodable {
    /// Whether the commitment is specific enough to be verified.
    public var verifiable: Bool?
    /// The open government values the commitment is relevant to.
    public var ogpValues: [OGPValue]
    /// How much the commitment could change, if carried out (the scale of action plans before 2020).
    public var potentialImpact: PotentialImpact?
    /// The potential for results, the scale that replaced `potentialImpact` for action plans from 2020.
    public var potentialForResults: PotentialForResults? = nil
    /// How far the commitment was carried out.
    public var completion: Completion?
    /// How much the commitment opened government.
    public var openedGovernment: OpenedGovernment?
    /// The action plan (period) the ratings belong to, e.g. `2019-2021`.
    public var period: String? = nil
}

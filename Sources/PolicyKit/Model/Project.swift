/// A demonstrator or other project (`projects/<id>/project.md`).
public struct Project: Sendable, Hashable, Encodable {
    public var id: RecordID
    public var title: String
    public var summary: String
    /// The commissioning department or body.
    public var commissioner: String
    public var status: ProjectStatus
    /// Whether the project counts towards the programme's demonstrator target.
    public var demonstrator: Bool
    public var started: Day?
    public var ended: Day?
    public var challenge: String?
    public var methods: [Located<RecordID>]
    public var partners: [String]
    /// Groups engaged, especially those seldom heard.
    public var reached: [String]
    public var ogpCommitment: String?
    public var stakeholders: [Stakeholder]
    public var milestones: [Milestone]
    /// Key indicators, each with its target and latest actual data, as open government trackers publish them.
    public var indicators: [Indicator]
    public var assessment: Assessment?
    public var tags: [String]
    public var source: RecordSource

    public func stakeholder(_ id: RecordID) -> Stakeholder? { stakeholders.first { $0.id == id } }
}

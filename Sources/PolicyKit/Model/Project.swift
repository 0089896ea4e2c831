/// A demonstrator or other project (`projects/<id>/project.md`).
public struct Project: Sendable, Hashable, Encodable {
    /// The project's id, also its folder's name.
    public var id: RecordID
    /// The project's title.
    public var title: String
    /// One or two sentences saying what the project is.
    public var summary: String
    /// The commissioning department or body.
    public var commissioner: String
    /// Where the project stands, from proposed to closed.
    public var status: ProjectStatus
    /// Whether the project counts towards the programme's demonstrator target.
    public var demonstrator: Bool
    /// The day work started.
    public var started: Day?
    /// The day work ended (not before it started).
    public var ended: Day?
    /// The policy question the project addresses.
    public var challenge: String?
    /// Ids of the toolkit methods the project uses, each where it was written.
    public var methods: [Located<RecordID>]
    /// The organisations the project worked with.
    public var partners: [String]
    /// Groups engaged, especially those seldom heard.
    public var reached: [String]
    /// The OGP commitment the project serves, such as `UK0092`.
    public var ogpCommitment: String?
    /// The project's stakeholders, who may be asked to verify its claims.
    public var stakeholders: [Stakeholder]
    /// The project's dated steps.
    public var milestones: [Milestone]
    /// Key indicators, each with its target and latest actual data, as open government trackers publish them.
    public var indicators: [Indicator]
    /// The Independent Reporting Mechanism's assessment, when there is one.
    public var assessment: Assessment?
    /// Free-text tags.
    public var tags: [String]
    /// Where the record was read from.
    public var source: RecordSource

    /// The project's stakeholder of id `id`.
    public func stakeholder(_ id: RecordID) -> Stakeholder? { stakeholders.first { $0.id == id } }
}

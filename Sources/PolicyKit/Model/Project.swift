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

/// Someone with a stake in a project: a department, a civil-society organisation, a citizen group...
public struct Stakeholder: Sendable, Hashable, Encodable {
    public var id: RecordID
    public var name: String
    public var kind: StakeholderKind
    public var role: String?
    /// Private: never published in any output.
    public var contact: String?
    /// When false, the name is kept out of publications.
    public var isPublic: Bool
    /// The SSH key whose signature proves a verdict is theirs; with one, only signed confirmations count.
    public var signingKey: SSHPublicKey?
    public var position: SourcePosition?

    enum CodingKeys: String, CodingKey {
        case id, name, kind, role, contact, signingKey
        case isPublic = "public"
    }
}

/// A dated step of a project, ideally with a measure of done.
public struct Milestone: Sendable, Hashable, Encodable {
    public var title: String
    public var due: Day?
    /// The day it was done; nil while it is open, or when it is done on a day the sources do not give.
    public var done: Day?
    /// What became of it, when that is known other than by a `done` day (see `MilestoneOutcome`).
    public var outcome: MilestoneOutcome?
    public var measure: String?
    public var position: SourcePosition?

    enum CodingKeys: String, CodingKey { case title, due, done, outcome, measure }
}

/// A key indicator of a project: what is measured, the target, and the latest actual data with the
/// day it was collected.
public struct Indicator: Sendable, Hashable, Encodable {
    public var title: String
    public var target: String?
    public var actual: String?
    /// The day the latest actual data was collected.
    public var actualOn: Day?
    public var position: SourcePosition?

    enum CodingKeys: String, CodingKey { case title, target, actual, actualOn }
}

/// The Independent Reporting Mechanism's assessment of a commitment.
public struct Assessment: Sendable, Hashable, Encodable {
    public var verifiable: Bool?
    public var ogpValues: [OGPValue]
    public var potentialImpact: PotentialImpact?
    public var completion: Completion?
    public var openedGovernment: OpenedGovernment?
}

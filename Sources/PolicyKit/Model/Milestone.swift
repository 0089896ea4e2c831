/// A dated step of a project, ideally with a measure of done.
public struct Milestone: Sendable, Hashable, Encodable {
    /// What is to be reached.
    public var title: String
    /// The day it is due.
    public var due: Day?
    /// The day it was done; nil while it is open, or when it is done on a day the sources do not give.
    public var done: Day?
    /// What became of it, when that is known other than by a `done` day (see `MilestoneOutcome`).
    public var outcome: MilestoneOutcome?
    /// How reaching it is measured.
    public var measure: String?
    /// Where the milestone was written in the project's file.
    public var position: SourcePosition?

    enum CodingKeys: String, CodingKey { case title, due, done, outcome, measure }
}

/// A key indicator of a project: what is measured, the target, and the latest actual data with the
/// day it was collected.
public struct Indicator: Sendable, Hashable, Encodable {
    /// What is measured.
    public var title: String
    /// The value aimed for, as written.
    public var target: String?
    /// The latest actual value, as written.
    public var actual: String?
    /// The day the latest actual data was collected.
    public var actualOn: Day?
    /// Where the indicator was written in the project's file.
    public var position: SourcePosition?

    enum CodingKeys: String, CodingKey { case title, target, actual, actualOn }
}

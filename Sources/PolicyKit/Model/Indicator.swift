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

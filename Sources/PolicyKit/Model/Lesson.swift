/// A lesson learned (`lessons/<id>.md`), about projects, methods or both.
public struct Lesson: Sendable, Hashable, Encodable {
    public var id: RecordID
    public var title: String
    public var summary: String
    /// Nil only when the file lacks it (an error `check` reports).
    public var date: Day?
    public var status: LessonStatus
    public var projects: [Located<RecordID>]
    public var methods: [Located<RecordID>]
    public var tags: [String]
    public var audience: String?
    /// The published pages the lesson draws on, as for methods.
    public var sources: [Method.Source]
    public var source: RecordSource
}

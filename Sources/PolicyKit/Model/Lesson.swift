/// A lesson learned (`lessons/<id>.md`), about projects, methods or both.
public struct Lesson: Sendable, Hashable, Encodable {
    /// The lesson's id, also its file name.
    public var id: RecordID
    /// The lesson's title.
    public var title: String
    /// One or two sentences saying what was learned.
    public var summary: String
    /// The day of the lesson; nil only when the file lacks it (an error validation reports).
    public var date: Day?
    /// Where the lesson stands: a draft, or published.
    public var status: LessonStatus
    /// Ids of the projects the lesson is about, each where it was written.
    public var projects: [Located<RecordID>]
    /// Ids of the methods the lesson is about, each where it was written.
    public var methods: [Located<RecordID>]
    /// Free-text tags.
    public var tags: [String]
    /// Who the lesson is for.
    public var audience: String?
    /// The published pages the lesson draws on, as for methods.
    public var sources: [Method.Source]
    /// Where the record was read from.
    public var source: RecordSource
}

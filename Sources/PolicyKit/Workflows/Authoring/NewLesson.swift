/// Adds a lesson learned, about projects, methods or both.
public struct NewLesson: RecordChange {
    /// The new lesson's id, also its file name under `lessons/`.
    public var id: RecordID
    /// The lesson's title.
    public var title: String
    /// One or two sentences saying what was learned.
    public var summary: String
    /// The day of the lesson; today unless said otherwise.
    public var date = Day.today()
    /// Where the lesson stands; a new lesson is a draft unless said otherwise.
    public var status: LessonStatus = .draft
    /// Ids of the projects the lesson is about; each must exist.
    public var projects: [RecordID] = []
    /// Ids of the methods the lesson is about; each must exist.
    public var methods: [RecordID] = []
    /// Free-text tags.
    public var tags: [String] = []
    /// Who the lesson is for, as free text.
    public var audience: String?

    /// A new lesson with the required fields; the others keep their defaults.
    public init(id: RecordID, title: String, summary: String) {
        self.id = id
        self.title = title
        self.summary = summary
    }

    /// The lesson record being added.
    public var record: RecordSelector { RecordSelector(kind: .lesson, id: id.rawValue) }
    /// Where the lesson's file goes: `lessons/<id>.md`.
    public var path: String { Self.path(id) }
    /// The commit subject, `lesson: add <id>`.
    public var subject: String { "lesson: add \(id)" }
    /// The command named in the commit's `Policylab-Command` trailer.
    public var command: String { "lesson new" }
    /// Projects and methods are looked up, to check the lesson's references.
    public var looksUp: Set<RecordKind> { [.project, .method] }

    static func path(_ id: RecordID) -> String { "lessons/\(id).md" }

    /// The lesson file, refused when the id is taken or a project or method id is unknown.
    public func files(at snapshot: Snapshot, in kb: KnowledgeBase) throws -> [String: [UInt8]?] {
        try ReferenceCheck.free(id, path: path, at: snapshot, pathFor: Self.path)
        try ReferenceCheck.projects(projects, input: .projects, in: kb)
        try ReferenceCheck.methods(methods, input: .methods, in: kb)
        var file = RecordFile()
        file.field("id", id.rawValue)
        file.text("title", title)
        file.text("summary", summary)
        file.field("date", date.description)
        file.field("status", status.rawValue)
        file.words("projects", projects.map(\.rawValue))
        file.words("methods", methods.map(\.rawValue))
        file.texts("tags", tags)
        file.text("audience", audience)
        return [path: file.bytes(sections: ["What happened", "What we learned"])]
    }
}

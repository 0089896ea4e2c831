/// `policylab lesson new`: a lesson learned, about projects, methods or both.
public struct NewLesson: RecordChange {
    public var id: RecordID
    public var title: String
    public var summary: String
    public var date = Day.today()
    public var status: LessonStatus = .draft
    public var projects: [RecordID] = []
    public var methods: [RecordID] = []
    public var tags: [String] = []
    public var audience: String?

    public init(id: RecordID, title: String, summary: String) {
        self.id = id
        self.title = title
        self.summary = summary
    }

    public var record: String { "lesson:\(id)" }
    public var path: String { Self.path(id) }
    public var subject: String { "lesson: add \(id)" }
    public var command: String { "lesson new" }
    public var looksUp: Set<RecordKind> { [.project, .method] }

    static func path(_ id: RecordID) -> String { "lessons/\(id).md" }

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

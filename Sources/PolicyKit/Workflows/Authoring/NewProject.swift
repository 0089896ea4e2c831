/// `policylab project new`: a demonstrator or other project.
public struct NewProject: RecordChange {
    public var id: RecordID
    public var title: String
    public var summary: String
    public var commissioner: String
    public var demonstrator = false
    public var status: ProjectStatus = .proposed
    public var started: Day?
    public var challenge: String?
    public var methods: [RecordID] = []
    public var ogpCommitment: String?
    public var tags: [String] = []

    public init(id: RecordID, title: String, summary: String, commissioner: String) {
        self.id = id
        self.title = title
        self.summary = summary
        self.commissioner = commissioner
    }

    public var record: String { "project:\(id)" }
    public var path: String { Self.path(id) }
    public var subject: String { "project: add \(id)" }
    public var command: String { "project new" }
    public var looksUp: Set<RecordKind> { [.method] }

    static func path(_ id: RecordID) -> String { "projects/\(id)/project.md" }

    public func files(at snapshot: Snapshot, in kb: KnowledgeBase) throws -> [String: [UInt8]?] {
        try ReferenceCheck.free(id, path: path, at: snapshot, pathFor: Self.path)
        try ReferenceCheck.methods(methods, input: .methods, in: kb)
        var file = RecordFile()
        file.field("id", id.rawValue)
        file.text("title", title)
        file.text("summary", summary)
        file.text("commissioner", commissioner)
        file.field("status", status.rawValue)
        file.field("demonstrator", demonstrator ? "true" : "false")
        file.field("started", started?.description)
        file.text("challenge", challenge)
        file.words("methods", methods.map(\.rawValue))
        file.field("ogp_commitment", ogpCommitment)
        file.texts("tags", tags)
        return [path: file.bytes(sections: ["Background", "What we did", "Who took part", "Next steps"])]
    }
}

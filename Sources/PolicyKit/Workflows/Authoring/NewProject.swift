/// Adds a project record: a demonstrator or other project, with the usual body sections to fill in.
public struct NewProject: RecordChange {
    /// The new project's id, also the name of its folder under `projects/`.
    public var id: RecordID
    /// The project's title.
    public var title: String
    /// One or two sentences saying what the project is.
    public var summary: String
    /// The commissioning department or body.
    public var commissioner: String
    /// Whether the project counts towards the programme's demonstrator target.
    public var demonstrator = false
    /// Where the project stands; a new project is proposed unless said otherwise.
    public var status: ProjectStatus = .proposed
    /// The day work started, when known.
    public var started: Day?
    /// The policy question the project addresses.
    public var challenge: String?
    /// Ids of the toolkit methods the project uses; each must exist.
    public var methods: [RecordID] = []
    /// The OGP commitment the project serves, such as `UK0092`.
    public var ogpCommitment: String?
    /// Free-text tags.
    public var tags: [String] = []

    /// A new project with the required fields; the others keep their defaults.
    public init(id: RecordID, title: String, summary: String, commissioner: String) {
        self.id = id
        self.title = title
        self.summary = summary
        self.commissioner = commissioner
    }

    /// The project record being added.
    public var record: RecordSelector { RecordSelector(kind: .project, id: id.rawValue) }
    /// Where the project's file goes: `projects/<id>/project.md`.
    public var path: String { Self.path(id) }
    /// The commit subject, `project: add <id>`.
    public var subject: String { "project: add \(id)" }
    /// The command named in the commit's `Policylab-Command` trailer.
    public var command: String { "project new" }
    /// Only methods are looked up, to check the project's method ids.
    public var looksUp: Set<RecordKind> { [.method] }

    static func path(_ id: RecordID) -> String { "projects/\(id)/project.md" }

    /// The project file, refused when the id is taken or a method id is unknown.
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

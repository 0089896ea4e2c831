/// Adds a toolkit method record, as a draft unless said otherwise, with the usual body sections to fill in.
public struct NewMethod: RecordChange {
    /// The new method's id, also its file name under `toolkit/methods/`.
    public var id: RecordID
    /// The method's title.
    public var title: String
    /// One or two sentences saying what the method is.
    public var summary: String
    /// The policy-making phases the method serves (at least one).
    public var phases: [Phase]
    /// Where the method stands in the toolkit; a new method is a draft unless said otherwise.
    public var status: MethodStatus = .draft
    /// How costly the method is to run, when known.
    public var cost: Cost?
    /// The participation levels the method reaches (written as one word when there is only one).
    public var level: [ParticipationLevel] = []
    /// How long the method takes, as free text.
    public var timeNeeded: String?
    /// Who takes part, as free text.
    public var participants: String?
    /// Ids of related methods; each must exist.
    public var related: [RecordID] = []

    /// A new method with the required fields; the others keep their defaults.
    public init(id: RecordID, title: String, summary: String, phases: [Phase]) {
        self.id = id
        self.title = title
        self.summary = summary
        self.phases = phases
    }

    /// The method record being added.
    public var record: RecordSelector { RecordSelector(kind: .method, id: id.rawValue) }
    /// Where the method's file goes: `toolkit/methods/<id>.md`.
    public var path: String { Self.path(id) }
    /// The commit subject, `method: add <id>`.
    public var subject: String { "method: add \(id)" }
    /// The command named in the commit's `Policylab-Command` trailer.
    public var command: String { "method new" }
    /// Only methods are looked up, to check the related method ids.
    public var looksUp: Set<RecordKind> { [.method] }

    static func path(_ id: RecordID) -> String { "toolkit/methods/\(id).md" }

    /// The method file, dated today, refused when the id is taken or a related method is unknown.
    public func files(at snapshot: Snapshot, in kb: KnowledgeBase) throws -> [String: [UInt8]?] {
        try ReferenceCheck.free(id, path: path, at: snapshot, pathFor: Self.path)
        try ReferenceCheck.methods(related, input: .related, in: kb)
        var file = RecordFile()
        file.field("id", id.rawValue)
        file.text("title", title)
        file.text("summary", summary)
        file.words("phases", phases.map(\.rawValue))
        file.field("status", status.rawValue)
        file.field("cost", cost?.rawValue)
        // One level is written as a word, several as a list, as a person would write them.
        if level.count == 1 { file.field("level", level.first?.rawValue) } else { file.words("level", level.map(\.rawValue)) }
        file.text("time_needed", timeNeeded)
        file.text("participants", participants)
        file.words("related", related.map(\.rawValue))
        file.field("updated", Day.today().description)
        return [path: file.bytes(sections: ["When to use it", "How to start", "Things to watch", "Considerations in government", "Examples"])]
    }
}

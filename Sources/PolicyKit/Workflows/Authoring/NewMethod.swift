/// `policylab method new`: a toolkit method.
public struct NewMethod: RecordChange {
    public var id: RecordID
    public var title: String
    public var summary: String
    public var phases: [Phase]
    public var status: MethodStatus = .draft
    public var cost: Cost?
    public var level: [ParticipationLevel] = []
    public var timeNeeded: String?
    public var participants: String?
    public var related: [RecordID] = []

    public init(id: RecordID, title: String, summary: String, phases: [Phase]) {
        self.id = id
        self.title = title
        self.summary = summary
        self.phases = phases
    }

    public var record: String { "method:\(id)" }
    public var path: String { Self.path(id) }
    public var subject: String { "method: add \(id)" }
    public var command: String { "method new" }
    public var looksUp: Set<RecordKind> { [.method] }

    static func path(_ id: RecordID) -> String { "toolkit/methods/\(id).md" }

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

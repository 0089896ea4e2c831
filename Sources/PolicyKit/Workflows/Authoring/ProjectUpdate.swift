/// `policylab project set`: changes fields of a project, each with the smallest edit to its file.
public struct ProjectUpdate: RecordChange {
    public var project: RecordID
    public var title: String?
    public var summary: String?
    public var commissioner: String?
    public var status: ProjectStatus?
    public var demonstrator: Bool?
    public var started: Day?
    public var ended: Day?
    public var challenge: String?
    public var ogpCommitment: String?
    public var addMethods: [RecordID] = []
    public var addTags: [String] = []

    public init(project: RecordID) {
        self.project = project
    }

    public var isEmpty: Bool {
        title == nil && summary == nil && commissioner == nil && status == nil && demonstrator == nil && started == nil
            && ended == nil && challenge == nil && ogpCommitment == nil && addMethods.isEmpty && addTags.isEmpty
    }

    public var record: String { "project:\(project)" }
    public var path: String { NewProject.path(project) }
    public var subject: String {
        let fields = [title.map { _ in "title" }, summary.map { _ in "summary" }, commissioner.map { _ in "commissioner" },
                      status.map { "status \($0.rawValue)" }, demonstrator.map { _ in "demonstrator" }, started.map { _ in "started" },
                      ended.map { _ in "ended" }, challenge.map { _ in "challenge" }, ogpCommitment.map { _ in "ogp_commitment" },
                      addMethods.isEmpty ? nil : "methods", addTags.isEmpty ? nil : "tags"].compactMap { $0 }
        return "project: set \(fields.joined(separator: ", ")) of \(project)"
    }
    public var command: String { "project set" }
    public var looksUp: Set<RecordKind> { [.project, .method] }

    public func files(at snapshot: Snapshot, in kb: KnowledgeBase) throws -> [String: [UInt8]?] {
        let (existing, editorAtTip) = try ProjectEdit.editor(for: project, at: snapshot, in: kb)
        var editor = editorAtTip
        try ReferenceCheck.methods(addMethods, input: .methods, in: kb)
        if let title { try editor.set("title", to: YAMLText.quoted(title)) }
        if let summary { try editor.set("summary", to: YAMLText.quoted(summary)) }
        if let commissioner { try editor.set("commissioner", to: YAMLText.quoted(commissioner)) }
        if let status { try editor.set("status", to: status.rawValue) }
        if let demonstrator { try editor.set("demonstrator", to: demonstrator ? "true" : "false") }
        if let started { try editor.set("started", to: started.description) }
        if let ended { try editor.set("ended", to: ended.description) }
        if let challenge { try editor.set("challenge", to: YAMLText.quoted(challenge)) }
        if let ogpCommitment { try editor.set("ogp_commitment", to: ogpCommitment) }
        for method in addMethods where !existing.methods.contains(where: { $0.value == method }) {
            try editor.append(to: "methods", blockItem: ["- \(method)"], flowItem: method.rawValue)
        }
        for tag in addTags where !existing.tags.contains(tag) {
            try editor.append(to: "tags", blockItem: ["- \(YAMLText.quoted(tag))"], flowItem: YAMLText.quoted(tag))
        }
        return [path: editor.bytes]
    }
}

/// Changes fields of a project, each with the smallest edit to its file; nil fields are left as they are.
public struct ProjectUpdate: RecordChange {
    /// The id of the project to change; it must exist.
    public var project: RecordID
    /// The new title.
    public var title: String?
    /// The new summary.
    public var summary: String?
    /// The new commissioning department or body.
    public var commissioner: String?
    /// The new status.
    public var status: ProjectStatus?
    /// Whether the project now counts towards the demonstrator target.
    public var demonstrator: Bool?
    /// The new day work started.
    public var started: Day?
    /// The new day work ended.
    public var ended: Day?
    /// The new policy question.
    public var challenge: String?
    /// The new OGP commitment id.
    public var ogpCommitment: String?
    /// Method ids to add to the project's methods (those already there are skipped); each must exist.
    public var addMethods: [RecordID] = []
    /// Tags to add to the project's tags (those already there are skipped).
    public var addTags: [String] = []

    /// An update of `project` that changes nothing until fields are set.
    public init(project: RecordID) {
        self.project = project
    }

    /// Whether the update changes nothing.
    public var isEmpty: Bool {
        title == nil && summary == nil && commissioner == nil && status == nil && demonstrator == nil && started == nil
            && ended == nil && challenge == nil && ogpCommitment == nil && addMethods.isEmpty && addTags.isEmpty
    }

    /// The project record being edited.
    public var record: RecordSelector { RecordSelector(kind: .project, id: project.rawValue) }
    /// The project's file, `projects/<id>/project.md`.
    public var path: String { NewProject.path(project) }
    /// The commit subject, naming every field changed: `project: set title, status active of <id>`.
    public var subject: String {
        let fields = [
            title.map { _ in "title" }, summary.map { _ in "summary" }, commissioner.map { _ in "commissioner" },
            status.map { "status \($0.rawValue)" }, demonstrator.map { _ in "demonstrator" }, started.map { _ in "started" },
            ended.map { _ in "ended" }, challenge.map { _ in "challenge" }, ogpCommitment.map { _ in "ogp_commitment" },
            addMethods.isEmpty ? nil : "methods", addTags.isEmpty ? nil : "tags",
        ].compactMap { $0 }
        return "project: set \(fields.joined(separator: ", ")) of \(project)"
    }
    /// The command named in the commit's `Policylab-Command` trailer.
    public var command: String { "project set" }
    /// Projects and methods are looked up, to find the project and check added methods.
    public var looksUp: Set<RecordKind> { [.project, .method] }

    /// The project file with every given field set and every new method and tag appended.
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

/// Adds a milestone, a dated step, to a project.
public struct MilestoneAddition: RecordChange {
    /// The id of the project that gets the milestone; it must exist.
    public var project: RecordID
    /// The milestone's title, unique (in any case) among the project's milestones.
    public var title: String
    /// The day the milestone is due.
    public var due: Day
    /// How reaching the milestone is measured, as free text.
    public var measure: String?

    /// A milestone due on `due`, with an optional measure.
    public init(project: RecordID, title: String, due: Day, measure: String? = nil) {
        self.project = project
        self.title = title
        self.due = due
        self.measure = measure
    }

    /// The project record being edited.
    public var record: RecordSelector { RecordSelector(kind: .project, id: project.rawValue) }
    /// The project's file, `projects/<id>/project.md`.
    public var path: String { NewProject.path(project) }
    /// The commit subject, `project: add milestone to <id>`.
    public var subject: String { "project: add milestone to \(project)" }
    /// The command named in the commit's `Policylab-Command` trailer.
    public var command: String { "project milestone add" }
    /// Only projects are looked up, to find the project.
    public var looksUp: Set<RecordKind> { [.project] }

    /// The project file with the milestone appended, refused when the project already has a milestone of that title.
    public func files(at snapshot: Snapshot, in kb: KnowledgeBase) throws -> [String: [UInt8]?] {
        let (existing, editorAtTip) = try ProjectEdit.editor(for: project, at: snapshot, in: kb)
        var editor = editorAtTip
        if existing.milestones.contains(where: { $0.title.lowercased() == title.lowercased() }) {
            throw WriteError.usage("\(input: .title): project '\(project)' already has a milestone '\(title)'")
        }
        var item = ["- title: \(YAMLText.quoted(title))", "  due: \(due)"]
        if let measure { item.append("  measure: \(YAMLText.quoted(measure))") }
        try editor.append(to: "milestones", blockItem: item, flowItem: nil)
        return [path: editor.bytes]
    }
}

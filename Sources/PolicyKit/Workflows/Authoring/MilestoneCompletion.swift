/// Records the day a project's milestone was reached.
public struct MilestoneCompletion: RecordChange {
    /// The id of the project holding the milestone; it must exist.
    public var project: RecordID
    /// The milestone's title (any case) or its number in the list, from 1.
    public var milestone: String
    /// The day the milestone was reached; today unless said otherwise.
    public var on = Day.today()

    /// Marks `milestone` of `project` done today unless `on` is changed.
    public init(project: RecordID, milestone: String) {
        self.project = project
        self.milestone = milestone
    }

    /// The project record being edited.
    public var record: RecordSelector { RecordSelector(kind: .project, id: project.rawValue) }
    /// The project's file, `projects/<id>/project.md`.
    public var path: String { NewProject.path(project) }
    /// The commit subject, `project: milestone done in <id>`.
    public var subject: String { "project: milestone done in \(project)" }
    /// The command named in the commit's `Policylab-Command` trailer.
    public var command: String { "project milestone done" }
    /// Only projects are looked up, to find the project.
    public var looksUp: Set<RecordKind> { [.project] }

    /// The project file with the milestone's `done` day set, refused when no milestone matches.
    public func files(at snapshot: Snapshot, in kb: KnowledgeBase) throws -> [String: [UInt8]?] {
        let (existing, editorAtTip) = try ProjectEdit.editor(for: project, at: snapshot, in: kb)
        var editor = editorAtTip
        let index = try ProjectEdit.milestoneIndex(milestone, in: existing)
        try editor.set("done", to: on.description, inItem: index, of: "milestones")
        return [path: editor.bytes]
    }
}

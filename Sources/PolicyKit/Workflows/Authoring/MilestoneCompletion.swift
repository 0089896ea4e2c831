/// `policylab project milestone done`: records the day a milestone was reached.
public struct MilestoneCompletion: RecordChange {
    public var project: RecordID
    /// The milestone's title (any case) or its number in the list, from 1.
    public var milestone: String
    public var on = Day.today()

    public init(project: RecordID, milestone: String) {
        self.project = project
        self.milestone = milestone
    }

    public var record: RecordSelector { RecordSelector(kind: .project, id: project.rawValue) }
    public var path: String { NewProject.path(project) }
    public var subject: String { "project: milestone done in \(project)" }
    public var command: String { "project milestone done" }
    public var looksUp: Set<RecordKind> { [.project] }

    public func files(at snapshot: Snapshot, in kb: KnowledgeBase) throws -> [String: [UInt8]?] {
        let (existing, editorAtTip) = try ProjectEdit.editor(for: project, at: snapshot, in: kb)
        var editor = editorAtTip
        let index = try ProjectEdit.milestoneIndex(milestone, in: existing)
        try editor.set("done", to: on.description, inItem: index, of: "milestones")
        return [path: editor.bytes]
    }
}

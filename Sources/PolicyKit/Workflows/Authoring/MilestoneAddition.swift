/// `policylab project milestone add`: a dated step of a project.
public struct MilestoneAddition: RecordChange {
    public var project: RecordID
    public var title: String
    public var due: Day
    public var measure: String?

    public init(project: RecordID, title: String, due: Day, measure: String? = nil) {
        self.project = project
        self.title = title
        self.due = due
        self.measure = measure
    }

    public var record: String { "project:\(project)" }
    public var path: String { NewProject.path(project) }
    public var subject: String { "project: add milestone to \(project)" }
    public var command: String { "project milestone add" }
    public var looksUp: Set<RecordKind> { [.project] }

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

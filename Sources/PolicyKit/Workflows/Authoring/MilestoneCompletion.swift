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

    public var record: String { "project:\(project)" }
    public var path: String { NewProject.path(project) }
    public var subject: String { "project: milestone done in \(project)" }
    public var command: String { "project milestone done" }

    public func files(at snapshot: Snapshot, in kb: KnowledgeBase) throws -> [String: [UInt8]?] {
        let (existing, editorAtTip) = try ProjectEdit.editor(for: project, at: snapshot, in: kb)
        var editor = editorAtTip
        let titles = existing.milestones.map(\.title)
        let index = titles.firstIndex { $0.lowercased() == milestone.lowercased() }
            ?? Int(milestone).flatMap { titles.indices.contains($0 - 1) ? $0 - 1 : nil }
        guard let index else {
            let listed = titles.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "; ")
            throw WriteError.usage("MILESTONE: project '\(project)' has no milestone '\(milestone)'"
                + (titles.isEmpty ? " (it has none yet)" : " (it has: \(listed))"))
        }
        try editor.set("done", to: on.description, inItem: index, of: "milestones")
        return [path: editor.bytes]
    }
}

/// Records what became of a project's milestone when a `done` day does not say it (missed, dropped,
/// not reported in the sources, or done on a day nobody gives).
public struct MilestoneOutcomeChange: RecordChange {
    /// The id of the project holding the milestone; it must exist.
    public var project: RecordID
    /// The milestone's title (any case) or its number in the list, from 1.
    public var milestone: String
    /// What became of the milestone.
    public var outcome: MilestoneOutcome

    /// Sets the outcome of `milestone` of `project`.
    public init(project: RecordID, milestone: String, outcome: MilestoneOutcome) {
        self.project = project
        self.milestone = milestone
        self.outcome = outcome
    }

    /// The project record being edited.
    public var record: RecordSelector { RecordSelector(kind: .project, id: project.rawValue) }
    /// The project's file, `projects/<id>/project.md`.
    public var path: String { NewProject.path(project) }
    /// The commit subject, `project: milestone outcome <outcome> in <id>`.
    public var subject: String { "project: milestone outcome \(outcome.rawValue) in \(project)" }
    /// The command named in the commit's `Policylab-Command` trailer.
    public var command: String { "project milestone set-outcome" }

    /// The project file with the milestone's outcome set, refused when no milestone matches or a done milestone
    /// would get another outcome.
    public func files(at snapshot: Snapshot, in kb: KnowledgeBase) throws -> [String: [UInt8]?] {
        let (existing, editorAtTip) = try ProjectEdit.editor(for: project, at: snapshot, in: kb)
        var editor = editorAtTip
        let index = try ProjectEdit.milestoneIndex(milestone, in: existing)
        // Refused here rather than by `check`, so that the message names the flag.
        if let done = existing.milestones[index].done, outcome != .done {
            throw WriteError.usage(
                "\(input: .outcome): milestone '\(existing.milestones[index].title)' is done (\(done)); "
                    + "a done milestone cannot also be \(outcome.rawValue)")
        }
        try editor.set("outcome", to: outcome.rawValue, inItem: index, of: "milestones")
        return [path: editor.bytes]
    }
}

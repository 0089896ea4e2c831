/// `policylab project milestone set-outcome`: records what became of a milestone when a `done` day
/// does not say it (missed, dropped, not reported in the sources, or done on a day nobody gives).
public struct MilestoneOutcomeChange: RecordChange {
    public var project: RecordID
    /// The milestone's title (any case) or its number in the list, from 1.
    public var milestone: String
    public var outcome: MilestoneOutcome

    public init(project: RecordID, milestone: String, outcome: MilestoneOutcome) {
        self.project = project
        self.milestone = milestone
        self.outcome = outcome
    }

    public var record: String { "project:\(project)" }
    public var path: String { NewProject.path(project) }
    public var subject: String { "project: milestone outcome \(outcome.rawValue) in \(project)" }
    public var command: String { "project milestone set-outcome" }

    public func files(at snapshot: Snapshot, in kb: KnowledgeBase) throws -> [String: [UInt8]?] {
        let (existing, editorAtTip) = try ProjectEdit.editor(for: project, at: snapshot, in: kb)
        var editor = editorAtTip
        let index = try ProjectEdit.milestoneIndex(milestone, in: existing)
        // Refused here rather than by `check`, so that the message names the flag.
        if let done = existing.milestones[index].done, outcome != .done {
            throw WriteError.usage("\(input: .outcome): milestone '\(existing.milestones[index].title)' is done (\(done)); "
                + "a done milestone cannot also be \(outcome.rawValue)")
        }
        try editor.set("outcome", to: outcome.rawValue, inItem: index, of: "milestones")
        return [path: editor.bytes]
    }
}

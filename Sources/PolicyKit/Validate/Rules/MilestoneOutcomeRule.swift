/// A milestone has one outcome: a `done` day contradicts `outcome: missed`, `dropped` or
/// `not-reported`; a milestone can be missed only if it had a due date; and an open milestone of a
/// project that has ended is a prompt to record what became of it.
struct MilestoneOutcomeRule: Rule {
    func check(_ kb: KnowledgeBase, into findings: inout [Finding]) {
        for project in kb.projects where kb.checks(project.source) {
            let path = project.source.path
            for milestone in project.milestones {
                if let done = milestone.done, let outcome = milestone.outcome, outcome != .done {
                    findings.append(
                        .error(
                            "milestone '\(milestone.title)' is done (\(done)) and its outcome is '\(outcome.rawValue)': "
                                + "keep one of them", in: path, at: milestone.position))
                }
                if milestone.outcome == .missed, milestone.due == nil {
                    findings.append(
                        .error(
                            "milestone '\(milestone.title)' is 'missed' but has no 'due' date to have missed",
                            in: path, at: milestone.position))
                }
                if milestone.done == nil, milestone.outcome == nil, MilestoneState.hasEnded(project.status) {
                    findings.append(
                        .warning(
                            "milestone '\(milestone.title)' of a \(project.status.rawValue) project has no outcome: "
                                + "record 'done: DATE' or 'outcome: " + MilestoneOutcome.allowedWords.joined(separator: "|") + "'",
                            in: path, at: milestone.position))
                }
            }
        }
    }
}

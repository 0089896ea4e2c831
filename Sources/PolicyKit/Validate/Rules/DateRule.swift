/// Dates in order: a project does not end before it starts, nor a programme.
struct DateRule: Rule {
    func check(_ kb: KnowledgeBase, into findings: inout [Finding]) {
        for project in kb.projects where kb.checks(project.source) {
            if let started = project.started, let ended = project.ended, ended < started {
                findings.append(
                    .error(
                        "'ended' (\(ended)) is before 'started' (\(started))", in: project.source.path,
                        at: project.source.position(of: "ended")))
            }
            for milestone in project.milestones {
                if let done = milestone.done, let started = project.started, done < started {
                    findings.append(
                        .warning(
                            "milestone '\(milestone.title)' is done (\(done)) before the project started (\(started))",
                            in: project.source.path, at: milestone.position))
                }
            }
        }
        if kb.checksSettings, let programme = kb.settings.programme, let start = programme.start, let end = programme.end, end < start {
            findings.append(.error("programme 'end' (\(end)) is before its 'start' (\(start))", in: Settings.fileName))
        }
    }
}

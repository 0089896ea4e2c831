/// Warns about milestones, claims and project summaries built on vague verbs without a number,
/// a date or a concrete deliverable, and shows the words that triggered the warning.
struct VagueCommitmentRule: Rule {
    func check(_ kb: KnowledgeBase, into findings: inout [Finding]) {
        for project in kb.projects where kb.checks(project.source) {
            warn(about: project.summary, what: "summary", path: project.source.path, at: project.source.position(of: "summary"), into: &findings)
            for milestone in project.milestones {
                warn(about: [milestone.title, milestone.measure ?? ""].joined(separator: " "), what: "milestone '\(milestone.title)'",
                     path: project.source.path, at: milestone.position, into: &findings)
            }
        }
        for claim in kb.claims where kb.checks(claim.source) {
            warn(about: claim.statement, what: "statement", path: claim.source.path, at: claim.source.position(of: "statement"), into: &findings)
        }
    }

    private func warn(about text: String, what: String, path: String, at position: SourcePosition?, into findings: inout [Finding]) {
        let words = VagueLanguage.vagueWords(in: text)
        guard !words.isEmpty else { return }
        let quoted = words.map { "'\($0)'" }.joined(separator: ", ")
        findings.append(.warning("vague commitment: \(what) relies on \(quoted) with no number, date or concrete deliverable to check it against",
                                 in: path, at: position))
    }
}

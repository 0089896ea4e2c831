/// Warns about milestones, claims and project summaries that give a reviewer nothing to check (no
/// number, date or deliverable), with what triggered the judgement and a rewrite hint, in the
/// knowledge base's language (`language` in `policylab.yaml`) or, without one, each text's own.
struct VagueCommitmentRule: Rule {
    func check(_ kb: KnowledgeBase, into findings: inout [Finding]) {
        let analyzer = MeasurabilityAnalyzer()
        func language(of text: String) -> CommitmentLanguage { kb.settings.language ?? CommitmentLanguage.guess(text) }
        for project in kb.projects where kb.checks(project.source) {
            warn(analyzer.analyze(project.summary, language: language(of: project.summary)), what: "summary",
                 path: project.source.path, at: project.source.position(of: "summary"), into: &findings)
            for milestone in project.milestones {
                let text = [milestone.title, milestone.measure ?? ""].joined(separator: " ")
                warn(analyzer.analyze(milestone: milestone, language: language(of: text)), what: "milestone '\(milestone.title)'",
                     path: project.source.path, at: milestone.position, into: &findings)
            }
        }
        for claim in kb.claims where kb.checks(claim.source) {
            warn(analyzer.analyze(claim.statement, language: language(of: claim.statement)), what: "statement",
                 path: claim.source.path, at: claim.source.position(of: "statement"), into: &findings)
        }
    }

    private func warn(_ verdict: MeasurabilityVerdict, what: String, path: String, at position: SourcePosition?,
                      into findings: inout [Finding]) {
        guard verdict.isVague, !verdict.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return }
        let message = ["vague commitment: \(what): \(verdict.explanation)", verdict.hint].compactMap { $0 }.joined(separator: ". ")
        findings.append(.warning(message, in: path, at: position))
    }
}

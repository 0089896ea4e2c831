import Foundation
import Platform

/// Warns about milestones, claims and project summaries that give a reviewer nothing to check (no
/// number, date or deliverable), with what triggered the judgement and a rewrite hint, in the
/// knowledge base's language (`language` in `policylab.yaml`) or, without one, each text's own;
/// translations are judged in their own language.
struct VagueCommitmentRule: Rule {
    /// One text to judge, and where a warning about it goes.
    private enum Item: Sendable {
        case text(String, what: String, path: String, position: SourcePosition?, language: CommitmentLanguage? = nil)
        case milestone(Milestone, path: String, language: CommitmentLanguage? = nil)
    }

    func check(_ kb: KnowledgeBase, into findings: inout [Finding]) {
        var collected: [Item] = []
        for project in kb.projects where kb.checks(project.source) {
            collected.append(.text(project.summary, what: "summary", path: project.source.path, position: project.source.position(of: "summary")))
            collected += project.milestones.map { .milestone($0, path: project.source.path) }
        }
        for claim in kb.claims where kb.checks(claim.source) {
            collected.append(.text(claim.statement, what: "statement", path: claim.source.path, position: claim.source.position(of: "statement")))
        }
        collected += translatedItems(kb)
        // The analysis reads every word of every text: spread over the cores, joined in order.
        let items = collected
        let language = kb.settings.language
        let runs = ParallelRuns.runs(for: items.count, minimumPerRun: 256)
        findings += ParallelRuns.map(items.count, runs: runs) { range in
            let analyzer = MeasurabilityAnalyzer()
            return items[range].compactMap { Self.finding(for: $0, analyzer: analyzer, language: language) }
        }.flatMap { $0 }
    }

    private static func finding(for item: Item, analyzer: MeasurabilityAnalyzer, language: CommitmentLanguage?) -> Finding? {
        switch item {
        case .text(let text, let what, let path, let position, let own):
            return warning(analyzer.analyze(text, language: own ?? language ?? CommitmentLanguage.guess(text)), what: what, path: path, at: position)
        case .milestone(let milestone, let path, let own):
            let text = [milestone.title, milestone.measure ?? ""].joined(separator: " ")
            return warning(
                analyzer.analyze(milestone: milestone, language: own ?? language ?? CommitmentLanguage.guess(text)),
                what: "milestone '\(milestone.title)'", path: path, at: milestone.position)
        }
    }

    /// The summaries, milestones and statements of translations, in the translation's language
    /// (its words, the source's due days).
    private func translatedItems(_ kb: KnowledgeBase) -> [Item] {
        var items: [Item] = []
        for translation in kb.translations where kb.settings.translationLanguages.contains(translation.language) {
            let language = CommitmentLanguage(rawValue: translation.language)
            let path = translation.path
            for text in translation.texts where text.key == "summary" || text.key == "statement" {
                guard translation.kind == .project || translation.kind == .claim else { continue }
                items.append(.text(text.text, what: text.key, path: path, position: text.position, language: language))
            }
            guard translation.kind == .project, let project = kb.project(translation.id) else { continue }
            for (index, source) in project.milestones.enumerated() {
                guard let title = translation.text("milestones.\(index + 1).title") else { continue }
                var milestone = source
                milestone.title = title
                milestone.measure = translation.text("milestones.\(index + 1).measure") ?? source.measure
                milestone.position = translation.texts.first { $0.key == "milestones.\(index + 1).title" }?.position
                items.append(.milestone(milestone, path: path, language: language))
            }
        }
        return items
    }

    private static func warning(_ verdict: MeasurabilityVerdict, what: String, path: String, at position: SourcePosition?) -> Finding? {
        guard verdict.isVague, !verdict.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        let message = ["vague commitment: \(what): \(verdict.explanation)", verdict.hint].compactMap { $0 }.joined(separator: ". ")
        return .warning(message, in: path, at: position)
    }
}

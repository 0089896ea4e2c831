import ArgumentParser
import PolicyKit

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "The programme dashboard: demonstrators against the target, milestones, claims by verification status, lessons.",
        discussion: """
            The target and the programme period come from policylab.yaml (programme.targets.demonstrators, \
            programme.start, programme.end). A demonstrator counts as delivered when its status is delivered or closed.

            Examples:
              policylab status
              policylab status --rev v1.0 --format json
              policylab status --lang fr
            """)

    @Option(help: "Output format.") var format: OutputFormat = .text
    @Option(help: "Count as of this day instead of today (YYYY-MM-DD).") var today: Day?
    @OptionGroup var language: LanguageOption
    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    func run() throws {
        let outcome = try knowledgeBase.load(keepBodies: false)
        // In French the milestones, indicators and claims are those of the translations (a claim
        // counts as verified only while its translation is current), as on the French site's home page.
        let kb = try language.apply(to: outcome.knowledgeBase)
        var status = ProgrammeStatus(kb, today: today ?? .today())
        if let lang = kb.language {
            // The vague commitments of the translations, found in their own files (a localized
            // knowledge base would report the translation's words at the source's lines).
            let suffix = ".\(lang).md:"
            status.vagueCommitments = ProgrammeStatus(outcome.knowledgeBase, today: today ?? .today()).vagueCommitments.filter { finding in
                finding.prefix { $0 != " " }.contains(suffix)
            }
        }
        let report = StatusReport(status)
        Terminal.standardOutput.write(format == .json ? try JSONOutput.encode(status) : kb.language == "fr" ? report.frenchText() : report.text())
        warnAboutErrors(outcome)
    }
}

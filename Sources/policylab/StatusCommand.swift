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
            """)

    @Option(help: "Output format.") var format: OutputFormat = .text
    @Option(help: "Count as of this day instead of today (YYYY-MM-DD).") var today: Day?
    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    func run() throws {
        let outcome = try knowledgeBase.load(keepBodies: false)
        let status = ProgrammeStatus(outcome.knowledgeBase, today: today ?? .today())
        Terminal.standardOutput.write(format == .json ? try JSONOutput.encode(status) : StatusReport(status).text())
        warnAboutErrors(outcome)
    }
}

import ArgumentParser
import PolicyKit

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract:
            "Show one record with its links: a method with the projects that used it and the lessons about it, a project with its evidence, claims and lessons.",
        discussion: """
            RECORD is kind:id (method:ethnography, project:innovation-in-democracy, \
            claim:canada-open-dialogue/feedback-published-as-open-data), project/id for evidence and claims, \
            or a bare id when only one record has it.

            Examples:
              policylab show citizens-assembly
              policylab show project:innovation-in-democracy --format json
              policylab show method:backcasting --lang fr
            """)

    @Argument(help: ArgumentHelp("The record: kind:id, project/id, or a bare id.", valueName: "RECORD"))
    var record: String

    @Option(help: "Output format.")
    var format: OutputFormat = .text

    @OptionGroup var language: LanguageOption

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    func run() throws {
        let selector = try mappingFailures { try RecordSelector(record) }
        let outcome = try knowledgeBase.load()
        let kb = try language.apply(to: outcome.knowledgeBase)
        let found = try mappingFailures { try selector.resolve(in: kb) }
        switch format {
        case .text:
            Terminal.standardOutput.write(RecordPage(record: found, knowledgeBase: kb).text())
        case .json:
            Terminal.standardOutput.write(try JSONOutput.encode(RecordDocument(record: found, knowledgeBase: kb, includeLinks: true)))
        }
    }
}

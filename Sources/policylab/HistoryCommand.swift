import ArgumentParser
import PolicyKit

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show the commits that changed a record (following renames): who, when, why, and which fields changed.",
        discussion: """
            RECORD is kind:id, project/id or a bare id, as for 'show'. The history starts at HEAD (or --rev) \
            and, like 'git log -- PATH', follows the line of each merge the record came from, and goes \
            on past a deletion into an earlier life of the same file. Each commit \
            lists the front matter fields it added, removed or changed, and how many body lines changed.

            Examples:
              policylab history method:citizens-assembly
              policylab history innovation-in-democracy/panel-report --format json
              policylab history lesson:start-early --rev v1.0 --limit 5
            """)

    @Argument(help: ArgumentHelp("The record: kind:id, project/id, or a bare id.", valueName: "RECORD"))
    var record: String

    @Option(help: "Output format.")
    var format: OutputFormat = .text

    @Option(help: "Show at most N commits.")
    var limit: Int?

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let selector = try mappingFailures { try RecordSelector(record) }
        let history = try mappingFailures {
            guard let gitDirectory = try KnowledgeBaseLocation.locate(from: knowledgeBase.location).gitDirectory else {
                throw CommandFailure(status: CommandFailure.repository, "history needs a git repository, and \(knowledgeBase.location) is not in one")
            }
            return try RecordHistory.load(selector, gitDirectory: gitDirectory, revision: knowledgeBase.rev ?? "HEAD", limit: limit)
        }
        if let note = history.cacheNote { Terminal.standardError.write("policylab: note: " + note) }
        switch format {
        case .text: Terminal.standardOutput.write(history.text)
        case .json: Terminal.standardOutput.write(try JSONOutput.encode(history))
        }
    }
}

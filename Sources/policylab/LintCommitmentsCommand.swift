import ArgumentParser
import Foundation
import PolicyKit

struct LintCommitmentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint-commitments",
        abstract: "Check that the commitments of a draft action plan give reviewers something to check.",
        discussion: """
            Reads commitment texts from FILE (standard input when omitted): a CSV column (--column), the \
            items of a Markdown list (a .md file, or list lines on standard input), or one per line. Each \
            text is checkable when it has a number or quantity, a date or frequency, or a deliverable (a \
            concrete thing governed by a verb of making or releasing); otherwise it is vague, and the \
            verdict says what is missing and how to rewrite it. Exit status 1 when any text is vague.

            The language is --lang, else the knowledge base's (language in policylab.yaml), else guessed \
            for each text.

            Examples:
              policylab lint-commitments draft-plan.md
              policylab lint-commitments --column commitment --format json milestones.csv
              echo "Renforcer la transparence" | policylab lint-commitments --lang fr
            """)

    @Argument(help: ArgumentHelp("A CSV, Markdown or text file of commitments.", valueName: "FILE"))
    var file: String?

    @Option(help: ArgumentHelp("Read the texts from this column of a CSV file (with a header row).", valueName: "NAME"))
    var column: String?

    @Option(help: "The language of the texts.")
    var lang: CommitmentLanguage?

    @Option(help: "Output format.")
    var format: OutputFormat = .text

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    func run() throws {
        let input = try readInput()
        let texts: [String]
        do {
            texts = try CommitmentList.read(input, layout: CommitmentList.layout(column: column, fileName: file, text: input))
        } catch {
            throw CommandFailure(status: CommandFailure.usage, "\(file ?? "standard input"): \(error.description)")
        }
        let fixed = lang ?? knowledgeBaseLanguage()
        let analyzer = MeasurabilityAnalyzer()
        let verdicts = texts.map { analyzer.analyze($0, language: fixed ?? CommitmentLanguage.guess($0)) }
        switch format {
        case .json: Terminal.standardOutput.write(try JSONOutput.encode(verdicts))
        case .text:
            for (number, verdict) in verdicts.enumerated() {
                Terminal.standardOutput.write("\(number + 1): \(verdict.text)\n   \(verdict.summary)")
            }
            let vague = verdicts.filter(\.isVague).count
            Terminal.standardOutput.write(
                "\(verdicts.count) commitment\(verdicts.count == 1 ? "" : "s"): \(vague) vague, \(verdicts.count - vague) checkable")
        }
        if verdicts.contains(where: \.isVague) { throw ExitCode(CommandFailure.findings) }
    }

    private func readInput() throws -> String {
        guard let file else { return String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self) }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandFailure(status: CommandFailure.usage, "cannot read '\(file)'")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The language set in the knowledge base around the current folder (or -C), if there is one.
    private func knowledgeBaseLanguage() -> CommitmentLanguage? {
        guard let outcome = try? knowledgeBase.load(keepBodies: false) else { return nil }
        return outcome.knowledgeBase.settings.language
    }
}

extension CommitmentLanguage: ExpressibleByArgument {}

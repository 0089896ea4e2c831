import ArgumentParser
import Foundation
import PolicyKit

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the public records as open data: one JSON document, or one CSV file per kind.",
        discussion: """
            Restricted evidence, contact details (verifiers' email addresses included) and the names of \
            stakeholders who are not public are left out, as are draft methods and lessons. Claims carry \
            their verification status. CSV cells that a spreadsheet would run as a formula are prefixed with '. \
            With translation languages (languages in policylab.yaml), CSV files give each text column once per \
            language (title_en, title_fr) and the JSON document adds 'translations', one document per language.

            Examples:
              policylab export --out open-data
              policylab export --format csv --out open-data
            """)

    @Option(help: "Output format.") var format: OpenDataExport.Format = .json
    @Option(help: ArgumentHelp("The folder to write to.", valueName: "DIR")) var out: String = "export"
    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    func run() throws {
        let outcome = try knowledgeBase.load(keepBodies: false)
        let files = try OpenDataExport.files(outcome.knowledgeBase, format: format)
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            for (name, text) in files.sorted(by: { $0.key < $1.key }) {
                try Data(text.utf8).write(to: URL(fileURLWithPath: out).appendingPathComponent(name), options: .atomic)
                Terminal.standardOutput.write("\(out)/\(name)")
            }
        } catch {
            throw CommandFailure(status: CommandFailure.findings, "cannot write to \(out): \(error.localizedDescription)")
        }
        warnAboutErrors(outcome)
    }
}

extension OpenDataExport.Format: ExpressibleByArgument {}

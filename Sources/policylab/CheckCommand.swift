import ArgumentParser
import Foundation
import PolicyKit

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the whole knowledge base and report every problem at once.",
        discussion: """
            Findings are printed as 'path:line:column: error|warning: message' on standard error, \
            followed by a summary on standard output. Exit status 1 when there is any error.

            Examples:
              policylab check
              policylab check --rev main --format json
              policylab check --format github  # annotations for a GitHub Actions workflow
              policylab check --format sarif > policylab.sarif
              policylab check --format gitlab > gl-code-quality-report.json
            """)

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    @Option(help: "Output format (github: workflow annotations; sarif: SARIF 2.1.0; gitlab: Code Quality).")
    var format: FindingsReport.Format = .text

    func run() throws {
        let stderr = Terminal.standardError
        // On a terminal, say what is happening while a large knowledge base is read; then clear the line.
        if stderr.isTerminal { stderr.handle.write(Data("checking \(knowledgeBase.location)…".utf8)) }
        let outcome = try knowledgeBase.load(keepBodies: false)
        var findings = Validator.validate(outcome)
        if let gitDirectory = knowledgeBase.gitDirectory, !outcome.knowledgeBase.translations.isEmpty {
            findings = TranslationHistory.explaining(
                findings, in: outcome.knowledgeBase, gitDirectory: gitDirectory, revision: knowledgeBase.rev ?? "HEAD")
        }
        if stderr.isTerminal { stderr.handle.write(Data("\r\u{1B}[K".utf8)) }
        let report = FindingsReport(findings: findings, recordCount: outcome.knowledgeBase.recordCount)
        switch format {
        case .text:
            for finding in findings {
                stderr.write(finding)
            }
            Terminal.standardOutput.write(report.summary)
        case .json, .github, .sarif, .gitlab:
            Terminal.standardOutput.write(try report.render(format))
        }
        if report.errorCount > 0 { throw ExitCode(CommandFailure.findings) }
    }
}

extension FindingsReport.Format: ExpressibleByArgument {}

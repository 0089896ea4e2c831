import ArgumentParser
import Foundation
import PolicyKit

@main
struct Policylab: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policylab",
        abstract: "Keep an Open Policy Making knowledge base (toolkit methods, demonstrator projects, evidence, verified impact, lessons) in git.",
        discussion: """
            The knowledge base is the git repository that contains the current folder; -C DIR (before or \
            after the subcommand) or POLICYLAB_KB=DIR points elsewhere.

            Exit status: 0 when all is well, 1 when the knowledge base has errors (or a record is not found), \
            2 for usage errors, 3 when the repository itself cannot be used.
            """,
        version: "0.1.0",
        subcommands: [
            CheckCommand.self, ListCommand.self, ShowCommand.self, StatusCommand.self, HistoryCommand.self,
            InitCommand.self, MethodCommand.self, ProjectCommand.self, EvidenceCommand.self, LessonCommand.self, ImpactCommand.self,
            SearchCommand.self, SiteCommand.self, SummaryCommand.self, DigestCommand.self, ExportCommand.self,
            ReviewCommand.self, MergeCommand.self, SyncCommand.self, HooksCommand.self, CICommand.self, SchemaCommand.self,
            LintCommitmentsCommand.self, DoctorCommand.self, ImportCommand.self,
            TranslateCommand.self, TranslationsCommand.self,
        ])

    /// Runs the command, mapping failures to the exit statuses of the command-line contract.
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        // `-C DIR` before the subcommand, as with git.
        if arguments.count >= 2, arguments[0] == "-C" {
            LocationOptions.leadingDirectory = arguments[1]
            arguments.removeFirst(2)
        }
        // ArgumentParser takes an unknown first word for arguments of the root ("2 unexpected arguments").
        if let first = arguments.first, !first.hasPrefix("-") {
            let names = configuration.subcommands.map { $0._commandName } + ["help"]
            if !names.contains(first) {
                Terminal.standardError.write(
                    "policylab: error: unknown command '\(first)'" + Suggestion.hint(for: first, among: names)
                        + "; 'policylab --help' lists the commands")
                Foundation.exit(CommandFailure.usage)
            }
        }
        do {
            var command = try parseAsRoot(arguments)
            StartupRecovery.armCrashPoint()
            // doctor shows the state before recovering it (with --repair).
            if !(command is DoctorCommand) { StartupRecovery.run(arguments: arguments) }
            try command.run()
        } catch let failure as CommandFailure {
            Terminal.standardError.write(failure.message)
            Foundation.exit(failure.status)
        } catch {
            let code = exitCode(for: error)
            if code == .success || code == .failure && error is ExitCode {
                exit(withError: error)
            }
            if code == .validationFailure {
                let message = fullMessage(for: error)
                Terminal.standardError.write(
                    message.hasPrefix("Error: ")
                        ? "policylab: error: " + ParserMessage.rewritten(String(message.dropFirst(7)), arguments: arguments) : message)
                Foundation.exit(CommandFailure.usage)
            }
            exit(withError: error)
        }
    }
}

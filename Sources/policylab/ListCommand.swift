import ArgumentParser
import PolicyKit

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List methods, projects, lessons, evidence or claims, with filters.",
        discussion: """
            Examples:
              policylab list methods --phase discover
              policylab list methods --level involve
              policylab list projects --status active --method citizens-assembly
              policylab list claims --status pending
              policylab list lessons --project innovation-in-democracy --format json
              policylab list projects --lang fr
            """)

    @Argument(help: ArgumentHelp("What to list: methods, projects, lessons, evidence or claims.", valueName: "KIND"))
    var kind: String

    @Option(help: "Methods of this phase.")
    var phase: Phase?

    @Option(help: "Methods at this level of public participation (the IAP2 spectrum).")
    var level: ParticipationLevel?

    @Option(help: "Records with this status (a method's, project's or lesson's status; a claim's verification status).")
    var status: String?

    @Option(help: ArgumentHelp("Projects or lessons that use this method.", valueName: "METHOD"))
    var method: String?

    @Option(help: ArgumentHelp("Methods, lessons, evidence or claims of this project.", valueName: "PROJECT"))
    var project: String?

    @Option(help: "Projects or lessons with this tag.")
    var tag: String?

    @Option(help: "Output format.")
    var format: OutputFormat = .text

    @OptionGroup var language: LanguageOption

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    func validate() throws {
        guard RecordKind(word: kind) != nil else {
            throw ValidationError(
                "unknown kind '\(kind)' (expected methods, projects, lessons, evidence or claims)"
                    + Suggestion.hint(for: kind, among: RecordKind.allCases.map(\.plural)))
        }
        for (flag, value) in [("--method", method), ("--project", project)] {
            if let value, let problem = RecordID.problem(with: value) { throw ValidationError("\(flag): \(problem)") }
        }
    }

    func run() throws {
        guard let recordKind = RecordKind(word: kind) else { throw ExitCode(CommandFailure.usage) }
        let outcome = try knowledgeBase.load(keepBodies: false)
        let filter = RecordFilter(
            phase: phase, level: level, status: status, method: method.flatMap { RecordID($0) },
            project: project.flatMap { RecordID($0) }, tag: tag)
        let kb = try language.apply(to: outcome.knowledgeBase)
        let records = try mappingFailures { try filter.records(of: recordKind, in: kb) }
        let listing = RecordListing(kind: recordKind, records: records, knowledgeBase: kb)
        Terminal.standardOutput.write(format == .json ? try listing.json() : listing.text())
        warnAboutErrors(outcome)
    }
}

extension Phase: ExpressibleByArgument {}
extension ParticipationLevel: ExpressibleByArgument {}

/// A note on standard error when the records just listed come from a knowledge base with errors.
func warnAboutErrors(_ outcome: KnowledgeBaseLoader.Outcome) {
    let errors = Set(outcome.findings.filter { $0.severity == .error }.map(\.path)).count
    if errors > 0 {
        Terminal.standardError.write("policylab: warning: \(errors) file\(errors == 1 ? "" : "s") could not be read correctly; run 'policylab check'")
    }
}

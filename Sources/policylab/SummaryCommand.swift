import ArgumentParser
import Foundation
import PolicyKit

struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Write a blog-ready post about a project: Markdown with front matter, or an accessible HTML page.",
        discussion: """
            Only verified impact claims appear unless --include-unverified (then marked as awaiting verification). \
            Restricted evidence, contacts and the names of stakeholders who are not public never appear, and all \
            record text is escaped. The built-in template can be replaced by templates/summary.md.mustache in the \
            knowledge base or by --template FILE (see the README).

            Examples:
              policylab summary innovation-in-democracy
              policylab summary innovation-in-democracy --format html --out post.html
              policylab summary canada-open-dialogue --lang fr
            """)

    @Argument(help: "The project's id.") var project: RecordID
    @Option(help: "Output format.") var format: Publisher.Format = .markdown
    @Option(help: ArgumentHelp("A Mustache template to use instead of the built-in one.", valueName: "FILE")) var template: String?
    @Option(help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE")) var out: String?
    @Flag(help: "Include claims not yet verified, marked as awaiting verification.") var includeUnverified = false
    @Option(help: "The author named in the front matter (default: the lab's name, from policylab.yaml).") var byline: String?
    @Option(help: "The post's date (YYYY-MM-DD; default today).") var date: Day?
    @Option(help: ArgumentHelp("The address of the published site, for links to methods.", valueName: "URL")) var siteURL: String?
    @Flag(help: "HTML only: the article without the surrounding page.") var fragment = false
    @OptionGroup var language: LanguageOption
    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    func run() throws {
        var options = Publisher.Options()
        options.format = format
        options.template = template
        options.includeUnverified = includeUnverified
        options.byline = byline
        if let date { options.date = date }
        options.siteURL = siteURL
        options.fragment = fragment
        let (source, outcome) = try knowledgeBase.loadWithSource()
        if let lang = language.lang { options.language = lang }
        let publisher = Publisher(source: source, knowledgeBase: try language.apply(to: outcome.knowledgeBase), options: options)
        let text = try mappingFailures { try publisher.summary(of: project) }
        try writeOutput(text, to: out)
        let leftOut = publisher.unverifiedClaimsLeftOut(of: project)
        if leftOut > 0 {
            let claims = leftOut == 1 ? "1 impact claim is" : "\(leftOut) impact claims are"
            Terminal.standardError.write(
                "policylab: note: \(claims) left out because not verified yet; "
                    + "--include-unverified includes \(leftOut == 1 ? "it" : "them"), marked as awaiting verification")
        }
        warnAboutErrors(outcome)
    }
}

extension Publisher.Format: ExpressibleByArgument {}

/// Writes to `--out FILE` atomically, or to standard output.
func writeOutput(_ text: String, to path: String?) throws {
    guard let path else { return Terminal.standardOutput.write(text) }
    do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
        throw CommandFailure(status: CommandFailure.findings, "cannot write \(path): \(error.localizedDescription)")
    }
}

import ArgumentParser
import GitKit
import PolicyKit

struct DigestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digest",
        abstract: "A round-up of a period for reflection sessions and newsletters, from the records and the git history.",
        discussion: """
            Projects started and delivered, milestones reached, claims verified or disputed, new and updated \
            lessons and toolkit methods, and thanks to the contributors (commit authors and public stakeholders). \
            The same safety rules as 'summary' apply. Override the template with templates/digest.md.mustache.

            Examples:
              policylab digest --since 2020-01-01 --until 2020-03-31
              policylab digest --format html --out digest.html
              policylab digest --since 2020-01-01 --lang fr
            """)

    @Option(help: "The first day of the period (YYYY-MM-DD; default 30 days before --until).") var since: Day?
    @Option(help: "The last day of the period (YYYY-MM-DD; default today).") var until: Day?
    @Option(help: "Output format.") var format: Publisher.Format = .markdown
    @Option(help: ArgumentHelp("A Mustache template to use instead of the built-in one.", valueName: "FILE")) var template: String?
    @Option(help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE")) var out: String?
    @Option(help: "The author named in the front matter (default: the knowledge base's name).") var byline: String?
    @Option(help: ArgumentHelp("The address of the published site, for links to methods.", valueName: "URL")) var siteURL: String?
    @Flag(help: "HTML only: the article without the surrounding page.") var fragment = false
    @OptionGroup var language: LanguageOption
    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    func validate() throws {
        if let since, let until, since > until { throw ValidationError("--since \(since) is after --until \(until)") }
    }

    func run() throws {
        let last = until ?? .today()
        let first = since ?? last.adding(days: -30)
        let text = try mappingFailures {
            let location = try KnowledgeBaseLocation.locate(from: knowledgeBase.location)
            guard let gitDirectory = location.gitDirectory else {
                throw CommandFailure(
                    status: CommandFailure.repository, "digest reads the git history, and this knowledge base is not in a git repository")
            }
            let repository = try Repository.open(at: gitDirectory)
            let head = try repository.resolveCommit(knowledgeBase.rev ?? "HEAD")
            let atHead = try KnowledgeBaseLoader.load(from: .revision(gitDirectory: gitDirectory, commit: head), keepBodies: false).knowledgeBase
            let paths = atHead.lessons.map(\.source.path) + atHead.methods.map(\.source.path)
            let activity = try PeriodActivity(repository: repository, head: head, since: first, until: last, paths: paths)
            guard let end = activity.endCommit else {
                throw CommandFailure(status: CommandFailure.findings, "the repository has no commit on or before \(last)")
            }
            let source = KnowledgeBaseSource.revision(gitDirectory: gitDirectory, commit: end)
            let outcome = try KnowledgeBaseLoader.load(from: source, keepBodies: false)
            var options = Publisher.Options()
            options.format = format
            options.template = template
            options.byline = byline
            options.date = last
            options.siteURL = siteURL
            options.fragment = fragment
            if let lang = language.lang { options.language = lang }
            return try Publisher(source: source, knowledgeBase: try language.apply(to: outcome.knowledgeBase), options: options).digest(of: activity)
        }
        try writeOutput(text, to: out)
    }
}

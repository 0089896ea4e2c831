import ArgumentParser
import PolicyKit

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Ranked full-text search over the titles, summaries and bodies of every record, with snippets.",
        discussion: """
        Words are matched whatever their case or accents (é matches e); records holding more of the \
        words come first, then by BM25 score, where titles count more than summaries and summaries more \
        than bodies. In a git repository the index is cached under .git/policylab/ and rebuilt when the \
        files change.

        Examples:
          policylab search "citizens assembly"
          policylab search ethnography --kind lessons --limit 5 --format json
        """)

    @Argument(help: ArgumentHelp("The words to search for.", valueName: "QUERY"))
    var query: String

    @Option(help: "Only records of this kind: methods, projects, lessons, evidence or claims.")
    var kind: String?

    @Option(help: "At most this many results.")
    var limit: Int = 10

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    func validate() throws {
        if let kind, RecordKind(word: kind) == nil {
            throw ValidationError("unknown kind '\(kind)' (expected methods, projects, lessons, evidence or claims)"
                + Suggestion.hint(for: kind, among: RecordKind.allCases.map(\.plural)))
        }
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
        guard !Tokenizer.terms(query).isEmpty else { throw ValidationError("the query has no words to search for") }
    }

    func run() throws {
        let results = try mappingFailures {
            let location = try KnowledgeBaseLocation.locate(from: knowledgeBase.location)
            let source = try location.source(revision: knowledgeBase.rev)
            let search = KnowledgeBaseSearch(source: source, cacheDirectory: location.gitDirectory.map { $0 + "/policylab" })
            return try search.search(query, kind: kind.flatMap(RecordKind.init(word:)), limit: limit)
        }
        Terminal.standardOutput.write(format == .json ? try JSONOutput.encode(results) : results.text())
    }
}

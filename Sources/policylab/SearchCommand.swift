import ArgumentParser
import Foundation
import Platform
import PolicyKit
import PolicySearch

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Ranked full-text search over the titles, summaries and bodies of every record, with snippets.",
        discussion: """
            Words are matched whatever their case or accents (é matches e); records holding more of the \
            words come first, then by BM25 score, where titles count more than summaries and summaries more \
            than bodies. In a git repository the index is cached under .git/policylab/, keyed by the tree \
            searched (--rev) or by the status of the working tree's files. When there is no current index, \
            the query is answered by reading the files, and the index is then built by a detached process \
            for the next queries (POLICYLAB_SEARCH_INDEX=foreground builds it before returning, =off not at all).

            A search of the working tree also starts a watcher (a detached process using inotify) that \
            tells the next queries whether any file changed, so that they need not check every file. \
            It stops after 30 minutes without a query, or when the working tree or .git is removed. \
            POLICYLAB_SEARCH_WATCH=off neither starts nor asks one.

            Examples:
              policylab search "citizens assembly"
              policylab search ethnography --kind lessons --limit 5 --format json
              policylab search "elaboration" --lang fr
            """)

    @Argument(help: ArgumentHelp("The words to search for.", valueName: "QUERY"))
    var query: String

    @Option(help: "Only records of this kind: methods, projects, lessons, evidence or claims.")
    var kind: String?

    @Option(help: "At most this many results.")
    var limit: Int = 10

    @Option(help: "Output format.")
    var format: OutputFormat = .text

    @Option(
        help: ArgumentHelp(
            "Search the records' translations in this language (a translation language such as fr), read from the files.",
            valueName: "CODE"))
    var lang: String?

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    /// Set on the detached process that builds the index after a query answered without one.
    @Flag(help: .private) var buildIndex = false

    /// Set on the detached process that watches the working tree for the next queries.
    @Flag(help: .private) var watch = false

    /// How long the watcher waits for a query before it stops.
    static let watcherIdleSeconds = 30 * 60

    func validate() throws {
        if let kind, RecordKind(word: kind) == nil {
            throw ValidationError(
                "unknown kind '\(kind)' (expected methods, projects, lessons, evidence or claims)"
                    + Suggestion.hint(for: kind, among: RecordKind.allCases.map(\.plural)))
        }
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
        guard !Tokenizer.terms(query).isEmpty else { throw ValidationError("the query has no words to search for") }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let search = try mappingFailures {
            let location = try KnowledgeBaseLocation.locate(from: knowledgeBase.location)
            let source = try location.source(revision: knowledgeBase.rev)
            return KnowledgeBaseSearch(
                source: source, cacheDirectory: location.gitDirectory.map { $0 + "/policylab" },
                asksWatcher: environment["POLICYLAB_SEARCH_WATCH"] != "off")
        }
        if buildIndex {
            if !search.hasCurrentIndex { _ = try mappingFailures { try search.buildIndex() } }
            return
        }
        if watch {
            return try mappingFailures { try search.watchWorktree(idleSeconds: Self.watcherIdleSeconds) }
        }
        if let lang {
            let settings = try knowledgeBase.load(keepBodies: false).knowledgeBase.settings
            guard settings.translationLanguages.contains(lang) else {
                throw CommandFailure(
                    status: CommandFailure.usage,
                    "--lang \(lang): not a translation language of this knowledge base (policylab.yaml: languages: [\(settings.languages.joined(separator: ", "))])"
                )
            }
            let results = try mappingFailures { try search.search(query, kind: kind.flatMap(RecordKind.init(word:)), limit: limit, language: lang) }
            return Terminal.standardOutput.write(format == .json ? try JSONOutput.encode(results) : results.text(in: lang))
        }
        let results = try mappingFailures { try search.search(query, kind: kind.flatMap(RecordKind.init(word:)), limit: limit) }
        Terminal.standardOutput.write(format == .json ? try JSONOutput.encode(results) : results.text())
        if environment["POLICYLAB_SEARCH_INDEX"] != "off" {
            if results.watcherAnswered == false { Self.startDetached("--watch") }
            if results.origin == .scanned, search.cacheDirectory != nil {
                if environment["POLICYLAB_SEARCH_INDEX"] == "foreground" { _ = try? search.buildIndex() } else { Self.startDetached("--build-index") }
            }
        }
    }

    /// Runs this same command again with `flag`, detached (see `DetachedProcess`): the query
    /// returns as soon as its answer is printed.
    private static func startDetached(_ flag: String) {
        DetachedProcess.start(["policylab"] + CommandLine.arguments.dropFirst() + [flag])
    }
}

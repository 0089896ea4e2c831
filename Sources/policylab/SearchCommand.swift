import ArgumentParser
import Foundation
import PolicyKit

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
        """)

    @Argument(help: ArgumentHelp("The words to search for.", valueName: "QUERY"))
    var query: String

    @Option(help: "Only records of this kind: methods, projects, lessons, evidence or claims.")
    var kind: String?

    @Option(help: "At most this many results.")
    var limit: Int = 10

    @Option(help: "Output format.")
    var format: OutputFormat = .text

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    /// Set on the detached process that builds the index after a query answered without one.
    @Flag(help: .private) var buildIndex = false

    /// Set on the detached process that watches the working tree for the next queries.
    @Flag(help: .private) var watch = false

    /// How long the watcher waits for a query before it stops.
    static let watcherIdleSeconds = 30 * 60

    func validate() throws {
        if let kind, RecordKind(word: kind) == nil {
            throw ValidationError("unknown kind '\(kind)' (expected methods, projects, lessons, evidence or claims)"
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
            return KnowledgeBaseSearch(source: source, cacheDirectory: location.gitDirectory.map { $0 + "/policylab" },
                                       asksWatcher: environment["POLICYLAB_SEARCH_WATCH"] != "off")
        }
        if buildIndex {
            if !search.hasCurrentIndex { _ = try mappingFailures { try search.buildIndex() } }
            return
        }
        if watch {
            chdir("/")  // a watcher must not keep the folder it was started from busy
            return try mappingFailures { try search.watchWorktree(idleSeconds: Self.watcherIdleSeconds) }
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

    /// Runs this same command again with `flag`, detached (its own session, standard streams on
    /// /dev/null, not waited for), like `git gc --auto`: the query returns as soon as its answer
    /// is printed. A failure to start only means no index or no watcher yet.
    private static func startDetached(_ flag: String) {
        let arguments = ["policylab"] + CommandLine.arguments.dropFirst() + [flag]
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        for descriptor in Int32(0)...2 { posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0) }
        // Nothing else inherited: a long-lived watcher holding its caller's pipe would keep the caller waiting.
        let inherited = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd"))?.compactMap { Int32($0) } ?? []
        for descriptor in inherited where descriptor > 2 && fcntl(descriptor, F_GETFD) >= 0 {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
        // Default signal handling, nothing blocked, and its own session: POSIX_SPAWN_SETSIGDEF,
        // POSIX_SPAWN_SETSIGMASK and POSIX_SPAWN_SETSID (glibc), which Swift's Glibc module does not export.
        var signals = sigset_t()
        sigfillset(&signals)
        posix_spawnattr_setsigdefault(&attributes, &signals)
        sigemptyset(&signals)
        posix_spawnattr_setsigmask(&attributes, &signals)
        posix_spawnattr_setflags(&attributes, 0x04 | 0x08 | 0x80)
        var argv = arguments.map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var process = pid_t()
        _ = posix_spawn(&process, "/proc/self/exe", &actions, &attributes, &argv, environ)
    }
}

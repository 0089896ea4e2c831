import ArgumentParser
import Foundation
import GitKit

/// `-C DIR`: where the knowledge base is. Declared here once and composed into every command
/// (through `KnowledgeBaseOptions`, `CommitterOptions` or directly).
struct LocationOptions: ParsableArguments {
    /// The variable that names the knowledge base when `-C` is not given.
    static let environmentVariable = "POLICYLAB_KB"

    /// `-C DIR` given before the subcommand, as with git (`policylab -C DIR check`); set once by
    /// `Policylab.main()` before the command is parsed.
    nonisolated(unsafe) static var leadingDirectory: String?

    @Option(
        name: .customShort("C"),
        help: ArgumentHelp("Use the knowledge base in DIR instead of the current folder (also POLICYLAB_KB).", valueName: "DIR"))
    var directory: String?

    /// `-C DIR` (after or before the subcommand), else POLICYLAB_KB, else the current folder.
    var location: String { Self.location(directory) }

    /// The location that `directory` (a `-C` given after the subcommand) names.
    static func location(_ directory: String?) -> String {
        directory ?? leadingDirectory ?? ProcessInfo.processInfo.environment[environmentVariable] ?? FileManager.default.currentDirectoryPath
    }

    /// The repository containing the location, exit status 3 when none does.
    func repository() throws -> Repository {
        do {
            return try Repository.discover(startingAt: location)
        } catch {
            throw CommandFailure(
                status: CommandFailure.repository, "'\(location)' is not in a git repository (run 'policylab init' to create a knowledge base)")
        }
    }
}

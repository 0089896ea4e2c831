import ArgumentParser
import Foundation
import GitKit
import PolicyKit

/// Where the repository is and who writes: the options of every command that commits or approves.
struct CommitterOptions: ParsableArguments {
    @Option(name: .customShort("C"), help: ArgumentHelp("Use the knowledge base in DIR instead of the current folder (also POLICYLAB_KB).", valueName: "DIR"))
    var directory: String?

    @Option(help: ArgumentHelp("Write (commit, approve) as this identity instead of the git identity.", valueName: "Name <email>"))
    var author: String?

    func validate() throws {
        if let author, Signature(parsing: author) == nil {
            throw ValidationError("--author must look like 'Name <email>', not '\(author)'")
        }
    }

    var location: String { Self.location(directory) }

    /// `-C DIR`, else POLICYLAB_KB, else the current folder.
    static func location(_ directory: String?) -> String {
        directory ?? ProcessInfo.processInfo.environment[KnowledgeBaseOptions.environmentVariable] ?? FileManager.default.currentDirectoryPath
    }

    /// `--author` parsed, when given.
    var givenIdentity: Signature? { author.flatMap { Signature(parsing: $0) } }

    func repository() throws -> Repository { try Self.repository(directory) }

    /// The repository containing `-C DIR` (or POLICYLAB_KB, or the current folder), exit status 3 when none does.
    static func repository(_ directory: String?) throws -> Repository {
        let location = location(directory)
        do {
            return try Repository.discover(startingAt: location)
        } catch {
            throw CommandFailure(status: CommandFailure.repository, "'\(location)' is not in a git repository (run 'policylab init' to create a knowledge base)")
        }
    }

    /// The identity that writes: `--author`, else the git identity.
    func identity(in repository: Repository) throws -> Signature {
        if let givenIdentity { return givenIdentity }
        return try mappingFailures { try repository.defaultSignature() }
    }
}

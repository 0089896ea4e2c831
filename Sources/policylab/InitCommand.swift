import ArgumentParser
import Foundation
import GitKit
import PolicyKit

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a knowledge base: a git repository with policylab.yaml, toolkit/, projects/ and lessons/, in one first commit.",
        discussion: """
            DIR may be a new folder, an empty one, or an existing git repository without a policylab.yaml. \
            The first commit also holds the editor wiring of 'policylab schema --install' \
            (.vscode/policylab/ and .vscode/settings.json), unless the folder has a .vscode of its own.

            Examples:
              policylab init my-lab-kb --name "Policy Lab knowledge base"
              policylab init --bare /srv/git/kb.git
            """)

    @Argument(help: ArgumentHelp("Where to create it (default: the current folder).", valueName: "DIR"))
    var directory: String?

    @Option(help: "The knowledge base's name in policylab.yaml.")
    var name: String?

    @Flag(help: "Create a bare repository (no working tree), as on a server.")
    var bare = false

    @OptionGroup var author: AuthorOption

    func run() throws {
        let folder = directory ?? FileManager.default.currentDirectoryPath
        let outcome = try mappingFailures {
            try KnowledgeBaseInitializer.initialise(at: folder, name: name, bare: bare, author: author.identity)
        }
        Terminal.standardOutput.write(
            """
            Initialised a policylab knowledge base in \(outcome.gitDirectory)
            \(outcome.files.map { "  \($0)" }.joined(separator: "\n"))
            commit \(outcome.commit.hex)
            """)
        if let skipped = outcome.editorWiringSkipped {
            Terminal.standardError.write("policylab: note: \(skipped)")
        }
    }
}

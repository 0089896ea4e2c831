import ArgumentParser
import PolicyKit

struct HooksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hooks",
        abstract: "Manage the git hooks that run 'policylab check'.",
        discussion: """
            Example:
              policylab hooks install
            """,
        subcommands: [HooksInstallCommand.self])
}

import ArgumentParser
import Foundation
import GitKit
import PolicyKit

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review a contribution branch: what it changes record by record, check of the merged knowledge base, policy findings.",
        discussion: """
            Nothing is checked out: the branch, the base and their merge are read straight from git objects. \
            Exit status 1 when the contribution should not be merged as it is (errors, policy findings, \
            conflicts), so that a CI job can run it; approvals are reported, and 'merge' requires them.

            Examples:
              policylab review proposal
              policylab review origin/cso-crowdsourcing --base main --format json
              policylab review refs/pull/42/head --format markdown \\
                >> "$GITHUB_STEP_SUMMARY"
              policylab review approve proposal
            """,
        subcommands: [ReviewBranchCommand.self, ReviewApproveCommand.self],
        defaultSubcommand: ReviewBranchCommand.self)
}

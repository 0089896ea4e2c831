import ArgumentParser
import GitKit
import PolicyKit

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge a reviewed and approved branch into the current branch, recording the approvals.",
        discussion: """
            Refuses unless 'policylab review BRANCH' is clean against the current branch and the head of \
            BRANCH has the approvals policylab.yaml requires. Always makes a merge commit (never a \
            fast-forward) whose message carries an 'Approved-by:' trailer per approval. On a conflict, \
            the conflicting records are listed and nothing is written.

            Example:
              git switch main && policylab merge proposal
            """)

    @Argument(help: ArgumentHelp("The branch to merge.", valueName: "BRANCH"))
    var branch: String

    @OptionGroup var committer: CommitterOptions

    func run() throws {
        try mappingFailures {
            let repository = try committer.repository()
            let identity = try committer.identity(in: repository)
            let outcome = try MergeWorkflow(repository: repository).merge(branch, identity: identity)
            let out = Terminal.standardOutput
            out.write("merged \(branch) (\(outcome.changedPaths.count) file\(outcome.changedPaths.count == 1 ? "" : "s"))")
            for approval in outcome.review.approvals.valid { out.write("Approved-by: \(approval.identity)") }
            out.write("commit \(outcome.commit.hex)")
        }
    }
}

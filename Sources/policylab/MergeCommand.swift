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

    @Option(help: ArgumentHelp("Author of the merge commit, instead of the git identity.", valueName: "Name <email>"))
    var author: String?

    @Option(name: .customShort("C"), help: ArgumentHelp("Use the knowledge base in DIR instead of the current folder.", valueName: "DIR"))
    var directory: String?

    func validate() throws {
        if let author, Signature(parsing: author) == nil {
            throw ValidationError("--author must look like 'Name <email>', not '\(author)'")
        }
    }

    func run() throws {
        try mappingFailures {
            let repository = try ContributionOptions.repository(directory)
            let identity = try author.flatMap { Signature(parsing: $0) } ?? repository.defaultSignature()
            let outcome = try MergeWorkflow(repository: repository).merge(branch, identity: identity)
            let out = Terminal.standardOutput
            out.write("merged \(branch) (\(outcome.changedPaths.count) file\(outcome.changedPaths.count == 1 ? "" : "s"))")
            for approval in outcome.review.approvals.valid { out.write("Approved-by: \(approval.identity)") }
            out.write("commit \(outcome.commit.hex)")
        }
    }
}

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
          policylab review approve proposal
        """,
        subcommands: [ReviewBranchCommand.self, ReviewApproveCommand.self],
        defaultSubcommand: ReviewBranchCommand.self)
}

struct ReviewBranchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "branch",
        abstract: "Review BRANCH against --base (the default action of 'policylab review').")

    @Argument(help: ArgumentHelp("The branch (or any revision) to review.", valueName: "BRANCH"))
    var branch: String

    @Option(help: ArgumentHelp("The branch the contribution would be merged into.", valueName: "BASE"))
    var base = "main"

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(name: .customShort("C"), help: ArgumentHelp("Use the knowledge base in DIR instead of the current folder.", valueName: "DIR"))
    var directory: String?

    func run() throws {
        let review = try mappingFailures {
            try BranchReview.review(branch: branch, base: base, in: try CommitterOptions.repository(directory))
        }
        switch format {
        case .text:
            let stderr = Terminal.standardError
            for finding in review.findings {
                stderr.write(stderr.coloured(finding.description, severityWord: finding.severity.rawValue))
            }
            Terminal.standardOutput.write(review.text)
        case .json:
            Terminal.standardOutput.write(try JSONOutput.encode(review))
        }
        if !review.isClean { throw ExitCode(CommandFailure.findings) }
    }
}

struct ReviewApproveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: "Record your approval of the branch's current head commit.",
        discussion: """
        The approval is a git note on the head commit (refs/notes/policylab-approvals), shared by \
        'policylab sync'. Only maintainers listed in policylab.yaml count; if the branch moves, the \
        approval stays with the old head and no longer counts.

        Example:
          policylab review approve proposal --author "A Maintainer <maintainer@example.org>"
        """)

    @Argument(help: ArgumentHelp("The branch to approve.", valueName: "BRANCH"))
    var branch: String

    @Option(help: ArgumentHelp("The branch it would be merged into (whose policylab.yaml lists the maintainers).", valueName: "BASE"))
    var base = "main"

    @OptionGroup var committer: CommitterOptions

    func run() throws {
        try mappingFailures {
            let repository = try committer.repository()
            let identity = try committer.identity(in: repository)
            let head = try repository.resolveCommit(branch)
            let added = try Approvals.record(identity, on: head, in: repository)
            let baseCommit = try repository.resolveCommit(base)
            let settings = try BranchReview.settings(at: baseCommit, in: repository)
            let status = try Approvals.status(of: head, mergeBase: try repository.mergeBase(head, baseCommit), settings: settings, in: repository)
            let out = Terminal.standardOutput
            out.write(added ? "approved \(branch) at \(head.short) as \(identity.identity)" : "\(identity.identity) had already approved \(branch) at \(head.short)")
            if !settings.review.maintainers.contains(where: { $0.email.lowercased() == identity.email.lowercased() }) {
                Terminal.standardError.write("policylab: warning: \(identity.email) is not a maintainer in policylab.yaml: this approval does not count")
            }
            out.write("approvals: \(status.valid.count) of \(status.required) required")
        }
    }
}

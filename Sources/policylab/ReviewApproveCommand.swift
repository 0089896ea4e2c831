import ArgumentParser
import Foundation
import GitKit
import PolicyKit

struct ReviewApproveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: "Record your approval of the branch's current head commit, signed with your SSH key.",
        discussion: """
            The approval is a git note on the head commit (refs/notes/policylab-approvals), shared by \
            'policylab sync'. When the base's policylab.yaml gives maintainers a signing_key, the approval \
            is signed with ssh-keygen -Y sign (your private key, or ssh-agent when you give a public key) \
            and only signatures by a maintainer's key count; otherwise approvals are a typed name and \
            e-mail, which prove nothing. If the branch moves, the approval stays with the old head and no \
            longer counts.

            The key is --signing-key, else git's user.signingKey (a file, or 'key::ssh-ed25519 ...' for a \
            key held by ssh-agent); ssh-keygen is git's gpg.ssh.program when set.

            Examples:
              policylab review approve proposal --signing-key ~/.ssh/id_ed25519.pub
              policylab review approve proposal \\
                --author "A Maintainer <maintainer@example.org>"
            """)

    @Argument(help: ArgumentHelp("The branch to approve.", valueName: "BRANCH"))
    var branch: String

    @Option(help: ArgumentHelp("The branch it would be merged into (whose policylab.yaml lists the maintainers).", valueName: "BASE"))
    var base = "main"

    @Option(help: ArgumentHelp("Sign with this SSH key file (a private key, or a public key held by ssh-agent).", valueName: "FILE"))
    var signingKey: String?

    @OptionGroup var committer: CommitterOptions

    func run() throws {
        try mappingFailures {
            let repository = try committer.repository()
            let identity = try committer.identity(in: repository)
            let signer = try SigningKeyOptions.signer(file: signingKey, in: repository)
            let outcome = try ApprovalWorkflow(repository: repository).approve(branch, base: base, identity: identity, signer: signer)
            let out = Terminal.standardOutput
            let name = Terminal.escaped(identity.identity)
            let what = Terminal.escaped(branch)
            out.write(
                outcome.added
                    ? "approved \(what) at \(outcome.head.short) as \(name)" + (signer == nil ? "" : " (signed)")
                    : "\(name) had already approved \(what) at \(outcome.head.short)")
            if let reason = outcome.approval.reason, outcome.added {
                Terminal.standardError.write("policylab: warning: this approval does not count: \(Terminal.escaped(reason))")
            }
            if !outcome.status.authenticated { Terminal.standardError.write("policylab: note: \(outcome.status.trustStatement)") }
            out.write("approvals: \(outcome.status.valid.count) of \(outcome.status.required) required")
        }
    }
}

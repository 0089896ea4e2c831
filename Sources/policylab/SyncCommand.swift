import ArgumentParser
import GitKit
import PolicyKit

struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Fetch, integrate and push the current branch and the review approvals.",
        discussion: """
            REMOTE is a configured remote (default origin), a path or a URL. The remote's branch is \
            fast-forwarded onto, or merged with a merge commit when both sides moved (a conflict is \
            reported per record and nothing is written); then the branch and the approvals \
            (refs/notes/policylab-approvals) are pushed.

            Credentials: ssh remotes use the ssh agent (ssh-add your key). https remotes that need a \
            login take the user name and token written in the URL (https://user:token@host/kb.git), \
            else ask git's credential helpers (credential.helper and credential.<url>.helper in git \
            config): 'store' reads ~/.git-credentials (or its --file), any other NAME runs the program \
            git-credential-NAME from PATH (or an absolute path, or a '!shell command') with 'get'; \
            then GIT_ASKPASS or core.askPass. 'cache' is built into the git program, which policylab \
            does not run. There is no prompt on the terminal.

            Examples:
              policylab sync
              policylab sync ../shared-kb.git
            """)

    @Argument(help: ArgumentHelp("The remote: a name, a path or a URL.", valueName: "REMOTE"))
    var remote = "origin"

    @OptionGroup var committer: CommitterOptions

    func run() throws {
        try mappingFailures {
            let repository = try committer.repository()
            let identity = try committer.identity(in: repository)
            let outcome = try Sync(repository: repository).run(remote: remote, identity: identity)
            let out = Terminal.standardOutput
            switch outcome.integration {
            case .upToDate: out.write("\(outcome.branch) is up to date with \(remote)")
            case .pushedOnly: out.write("pushed \(outcome.branch) to \(remote)")
            case .fastForwarded(let commit): out.write("fast-forwarded \(outcome.branch) to \(commit.short) from \(remote)")
            case .merged(let commit): out.write("merged \(remote) into \(outcome.branch): commit \(commit.hex)")
            }
            if outcome.approvalsMerged { out.write("approvals updated from \(remote)") }
        }
    }
}

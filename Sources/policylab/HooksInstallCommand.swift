import ArgumentParser
import PolicyKit

struct HooksInstallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install",
        abstract: "Install pre-commit and pre-push hooks that run 'policylab check' (policylab must be on PATH).",
        discussion: """
            pre-commit checks the working tree; pre-push checks each pushed commit with --rev. A hook \
            policylab did not write is left alone unless --force is given. Skip them once with \
            'git commit --no-verify'.

            Example:
              policylab hooks install
            """)

    @Flag(help: "Replace existing hooks that policylab did not write.")
    var force = false

    @OptionGroup var place: LocationOptions

    func run() throws {
        try mappingFailures {
            for path in try Hooks.install(in: try place.repository(), force: force) {
                Terminal.standardOutput.write("installed \(path)")
            }
        }
    }
}

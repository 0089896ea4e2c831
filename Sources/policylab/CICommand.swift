import ArgumentParser
import Foundation
import PolicyKit

struct CICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ci", abstract: "Write CI files that run policylab on the knowledge base's forge.", subcommands: [CIInitCommand.self])
}

extension ForgeWorkflow.Forge: ExpressibleByArgument {}

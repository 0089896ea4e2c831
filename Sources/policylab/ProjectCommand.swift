import ArgumentParser
import Foundation
import PolicyKit

struct ProjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project",
        abstract: "Log projects: create them, change their fields, add stakeholders and milestones.",
        subcommands: [ProjectNew.self, ProjectSet.self, StakeholderCommand.self, MilestoneCommand.self])
}

extension MilestoneOutcome: ExpressibleByArgument {}

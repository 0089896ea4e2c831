import ArgumentParser
import Foundation
import PolicyKit

struct ProjectSet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Change fields of a project with the smallest edit to its file, in one commit.",
        discussion: """
            Examples:
              policylab project set innovation-in-democracy --status delivered \\
                --ended 2021-09-30
              policylab project set innovation-in-democracy \\
                --method deliberative-dialogue --tag democracy
            """)

    @Argument(help: "The project's id.") var project: RecordID
    @Option(help: "The project's status.") var status: ProjectStatus?
    @Option(help: "A new title.") var title: String?
    @Option(help: "A new summary.") var summary: String?
    @Option(help: "The commissioning department or body.") var commissioner: String?
    @Option(help: "Whether it counts towards the demonstrator target: true or false.") var demonstrator: Bool?
    @Option(help: "The start date (YYYY-MM-DD).") var started: Day?
    @Option(help: "The end date (YYYY-MM-DD).") var ended: Day?
    @Option(help: "The policy question.") var challenge: String?
    @Option(help: "The OGP commitment id, e.g. UK0092.") var ogpCommitment: String?
    @Option(help: "Add a toolkit method it uses (repeat for several).") var method: [RecordID] = []
    @Option(help: "Add a tag (repeat for several).") var tag: [String] = []
    @OptionGroup var write: WriteOptions

    var change: ProjectUpdate {
        var change = ProjectUpdate(project: project)
        change.status = status
        change.title = title
        change.summary = summary
        change.commissioner = commissioner
        change.demonstrator = demonstrator
        change.started = started
        change.ended = ended
        change.challenge = challenge
        change.ogpCommitment = ogpCommitment
        change.addMethods = method
        change.addTags = tag
        return change
    }

    func validate() throws {
        if change.isEmpty { throw ValidationError("give at least one field to set, such as --status delivered") }
        for (name, value) in [("--title", title), ("--summary", summary), ("--commissioner", commissioner)] { try requireText(value, name) }
    }

    func run() throws { try write.run(change) }
}

import ArgumentParser
import Foundation
import PolicyKit

struct ProjectNew: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a project (projects/<id>/project.md), in one commit.",
        discussion: """
            Example:
              policylab project new "Innovation in Democracy" --commissioner "DCMS" \\
                --summary "Pilots of citizens' assemblies with local authorities." \\
                --demonstrator --method citizens-assembly --status active \\
                --started 2019-05-01
            """)

    @Argument(help: "The project's title.") var title: String
    @Option(help: "The commissioning department or body.") var commissioner: String
    @Option(help: "What the project is, in a sentence or two.") var summary: String
    @Flag(help: "It counts towards the programme's demonstrator target.") var demonstrator = false
    @Option(help: "A toolkit method it uses (repeat for several).") var method: [RecordID] = []
    @Option(help: "The id, instead of one derived from the title.") var id: RecordID?
    @Option(help: "The project's status.") var status: ProjectStatus = .proposed
    @Option(help: "The start date (YYYY-MM-DD).") var started: Day?
    @Option(help: "The policy question.") var challenge: String?
    @Option(help: "The OGP commitment id, e.g. UK0092.") var ogpCommitment: String?
    @Option(help: "A tag (repeat for several).") var tag: [String] = []
    @OptionGroup var write: WriteOptions

    func validate() throws {
        try requireText(title, "TITLE")
        try requireText(commissioner, "--commissioner")
        try requireText(summary, "--summary")
    }

    func run() throws {
        var change = NewProject(id: try recordID(id, from: title), title: title, summary: summary, commissioner: commissioner)
        change.demonstrator = demonstrator
        change.methods = method
        change.status = status
        change.started = started
        change.challenge = challenge
        change.ogpCommitment = ogpCommitment
        change.tags = tag
        try write.run(change)
    }
}

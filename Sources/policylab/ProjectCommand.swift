import ArgumentParser
import Foundation
import PolicyKit

struct ProjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project",
        abstract: "Log projects: create them, change their fields, add stakeholders and milestones.",
        subcommands: [ProjectNew.self, ProjectSet.self, StakeholderCommand.self, MilestoneCommand.self])
}

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

struct StakeholderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stakeholder", abstract: "Add stakeholders to a project.", subcommands: [Add.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a stakeholder to a project, in one commit.",
            discussion: """
            The contact is private: it never appears in any publication. --private also keeps the name out. \
            --signing-key records their SSH public key: their verdicts on claims then count only when \
            signed with it ('impact verify --signing-key').

            Examples:
              policylab project stakeholder add innovation-in-democracy --name "Involve" \\
                --kind cso --role "delivery partner" --contact hello@involve.example
              policylab project stakeholder add innovation-in-democracy --name "Involve" \\
                --kind cso --signing-key involve.pub
            """)

        @Argument(help: "The project's id.") var project: RecordID
        @Option(help: "The stakeholder's name.") var name: String
        @Option(help: "What kind of stakeholder they are.") var kind: StakeholderKind
        @Option(help: "Their role in the project.") var role: String?
        @Option(help: "How to reach them (private, never published).") var contact: String?
        @Flag(name: .customLong("private"), help: "Keep their name out of publications.") var isPrivate = false
        @Option(help: ArgumentHelp("Their SSH public key file (.pub): their verdicts must then be signed with it.", valueName: "FILE"))
        var signingKey: String?
        @Option(help: "The id, instead of one derived from the name.") var id: RecordID?
        @OptionGroup var write: WriteOptions

        func validate() throws { try requireText(name, "--name") }

        func run() throws {
            var change = StakeholderAddition(project: project, id: try recordID(id, from: name), name: name, kind: kind)
            change.role = role
            change.contact = contact
            change.isPublic = !isPrivate
            if let signingKey {
                guard let text = try? String(contentsOfFile: (signingKey as NSString).expandingTildeInPath, encoding: .utf8) else {
                    throw ValidationError("--signing-key: cannot read \(signingKey)")
                }
                do { change.signingKey = try SSHPublicKey(text: text.trimmingCharacters(in: .whitespacesAndNewlines)) } catch {
                    throw ValidationError("--signing-key: \(signingKey) is not an SSH public key: \(error)")
                }
            }
            try write.run(change)
        }
    }
}

struct MilestoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "milestone", abstract: "Add milestones to a project, mark them done or record another outcome.",
        subcommands: [Add.self, Done.self, SetOutcome.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a milestone to a project, in one commit.",
            discussion: """
            Say what will exist when it is done: a number, a date, a deliverable ("Publish the evaluation report").

            Example:
              policylab project milestone add innovation-in-democracy \\
                "Publish the evaluation report" --due 2021-06-30 \\
                --measure "report published on GOV.UK"
            """)

        @Argument(help: "The project's id.") var project: RecordID
        @Argument(help: "What will be done.") var title: String
        @Option(help: "When it is due (YYYY-MM-DD).") var due: Day
        @Option(help: "How we will know it is done.") var measure: String?
        @OptionGroup var write: WriteOptions

        func validate() throws { try requireText(title, "TITLE") }

        func run() throws { try write.run(MilestoneAddition(project: project, title: title, due: due, measure: measure)) }
    }

    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "done",
            abstract: "Mark a project's milestone done, in one commit.",
            discussion: """
            MILESTONE is the milestone's title or its number in the project's list (from 1).

            Example:
              policylab project milestone done innovation-in-democracy \\
                "Publish the evaluation report" --on 2021-06-28
            """)

        @Argument(help: "The project's id.") var project: RecordID
        @Argument(help: "The milestone's title or number.") var milestone: String
        @Option(help: "The day it was done (YYYY-MM-DD; default today).") var on: Day?
        @OptionGroup var write: WriteOptions

        func run() throws {
            var change = MilestoneCompletion(project: project, milestone: milestone)
            if let on { change.on = on }
            try write.run(change)
        }
    }

    struct SetOutcome: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set-outcome",
            abstract: "Record what became of a project's milestone, in one commit.",
            discussion: """
            For a milestone whose outcome a `done` day does not tell: `not-reported` when the sources do not say
            what happened (it is then never counted as overdue), `missed` when its due date passed without it,
            `dropped` when it was abandoned or replaced, `done` when it was reached on a day the sources do not
            give. A milestone already done on a day cannot be missed, dropped or not reported.
            MILESTONE is the milestone's title or its number in the project's list (from 1).

            Examples:
              policylab project milestone set-outcome france-ministere-ouvert-2017 \\
                "Public consultation on the draft commitments" --outcome not-reported
              policylab project milestone set-outcome canada-open-dialogue 1 --outcome done
            """)

        @Argument(help: "The project's id.") var project: RecordID
        @Argument(help: "The milestone's title or number.") var milestone: String
        @Option(help: "What became of the milestone.") var outcome: MilestoneOutcome
        @OptionGroup var write: WriteOptions

        func run() throws { try write.run(MilestoneOutcomeChange(project: project, milestone: milestone, outcome: outcome)) }
    }
}
extension MilestoneOutcome: ExpressibleByArgument {}

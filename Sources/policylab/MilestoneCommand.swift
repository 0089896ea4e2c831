import ArgumentParser
import Foundation
import PolicyKit

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

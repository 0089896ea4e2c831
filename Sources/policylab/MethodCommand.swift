import ArgumentParser
import PolicyKit

struct MethodCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "method", abstract: "Add toolkit methods.", subcommands: [New.self])

    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new",
            abstract: "Add a method to the Open Policy Making toolkit (toolkit/methods/<id>.md), in one commit.",
            discussion: """
                The id is derived from the title ('Citizens' jury' -> citizens-jury) unless --id is given.

                Example:
                  policylab method new "Citizens' jury" --phase define --phase develop \\
                    --summary "A small group of citizens hears evidence and recommends."
                """)

        @Argument(help: "The method's title.") var title: String
        @Option(help: "A phase it fits (repeat for several).") var phase: [Phase] = []
        @Option(help: "One or two sentences (at most 300 characters).") var summary: String
        @Option(help: "The id, instead of one derived from the title.") var id: RecordID?
        @Option(help: "The method's status.") var status: MethodStatus = .draft
        @Option(help: "What it costs to run.") var cost: Cost?
        @Option(
            help: ArgumentHelp(
                "Its level on the IAP2 spectrum of public participation (repeat for several).",
                valueName: "LEVEL")) var level: [ParticipationLevel] = []
        @Option(help: "How long it takes, e.g. '2-4 weeks'.") var timeNeeded: String?
        @Option(help: "Who takes part, e.g. '10-20 residents'.") var participants: String?
        @Option(help: "A related method's id (repeat for several).") var related: [RecordID] = []
        @OptionGroup var write: WriteOptions

        func validate() throws {
            try requireText(title, "TITLE")
            try requireText(summary, "--summary")
            if phase.isEmpty { throw ValidationError("give at least one --phase (discover, define, develop, deliver)") }
            if summary.count > 300 { throw ValidationError("--summary is \(summary.count) characters; keep it to 300") }
        }

        func run() throws {
            var change = NewMethod(id: try recordID(id, from: title), title: title, summary: summary, phases: phase)
            change.status = status
            change.cost = cost
            change.level = level
            change.timeNeeded = timeNeeded
            change.participants = participants
            change.related = related
            try write.run(change)
        }
    }
}

import ArgumentParser
import PolicyKit

struct LessonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lesson", abstract: "Record lessons learned.", subcommands: [New.self])

    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new",
            abstract: "Record a lesson (lessons/<id>.md) about projects, methods or both, in one commit.",
            discussion: """
                Example:
                  policylab lesson new "Tell participants what happened next" \\
                    --summary "Participants want to know how their input was used." \\
                    --project innovation-in-democracy --method citizens-assembly \\
                    --status published
                """)

        @Argument(help: "The lesson's title.") var title: String
        @Option(help: "One or two sentences.") var summary: String
        @Option(help: "A project it draws on (repeat for several).") var project: [RecordID] = []
        @Option(help: "A method it is about (repeat for several).") var method: [RecordID] = []
        @Option(help: "The id, instead of one derived from the title.") var id: RecordID?
        @Option(help: "The date it was learned (YYYY-MM-DD; default today).") var date: Day?
        @Option(help: "The lesson's status.") var status: LessonStatus = .draft
        @Option(help: "A tag (repeat for several).") var tag: [String] = []
        @Option(help: "Who it is for, e.g. 'policy teams in departments'.") var audience: String?
        @OptionGroup var write: WriteOptions

        func validate() throws {
            try requireText(title, "TITLE")
            try requireText(summary, "--summary")
            if project.isEmpty && method.isEmpty { throw ValidationError("give at least one --project or --method the lesson is about") }
        }

        func run() throws {
            var change = NewLesson(id: try recordID(id, from: title), title: title, summary: summary)
            change.projects = project
            change.methods = method
            if let date { change.date = date }
            change.status = status
            change.tags = tag
            change.audience = audience
            try write.run(change)
        }
    }
}

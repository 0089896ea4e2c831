import ArgumentParser
import PolicyKit

struct EvidenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence", abstract: "Link evidence to projects.", subcommands: [Link.self])

    struct Link: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "link",
            abstract: "Link a piece of evidence to a project (projects/<p>/evidence/<id>.md), by URL or by a file kept in the repository.",
            discussion: """
                --file copies the file into projects/<p>/evidence/files/ and records its SHA-256; the file must be \
                inside the repository and at most 50 MiB. Restricted evidence never appears in any publication.

                Examples:
                  policylab evidence link innovation-in-democracy --title "Evaluation report" \\
                    --kind evaluation --url https://example.org/report.pdf --access public \\
                    --strength 3
                  policylab evidence link innovation-in-democracy --title "Interview notes" \\
                    --kind interview-notes --file notes/interviews.md --access restricted
                """)

        @Argument(help: "The project's id.") var project: RecordID
        @Option(help: "The evidence's title.") var title: String
        @Option(help: "What kind of evidence it is.") var kind: EvidenceKind
        @Option(help: "An http(s) URL.") var url: String?
        @Option(help: "A file inside the repository, copied under the project's evidence/files/.") var file: String?
        @Option(help: "Who may see it (restricted evidence never leaves the repository).") var access: Access
        @Option(help: "Nesta standards of evidence level, 1 (theory of change) to 5 (replicated at scale).") var strength: Int?
        @Option(help: "The date of the evidence (YYYY-MM-DD).") var date: Day?
        @Option(help: "What it shows, in a sentence.") var summary: String?
        @Option(help: "Who collected it.") var collectedBy: String?
        @Option(help: "The id, instead of one derived from the title.") var id: RecordID?
        @OptionGroup var write: WriteOptions

        func validate() throws {
            try requireText(title, "--title")
            switch (url, file) {
            case (nil, nil): throw ValidationError("give the evidence's --url or its --file")
            case (.some, .some): throw ValidationError("give --url or --file, not both")
            case (.some(let url), nil):
                let lower = url.lowercased()
                if !(lower.hasPrefix("https://") || lower.hasPrefix("http://")) || url.contains(" ") {
                    throw ValidationError("--url must be an http:// or https:// address, not '\(url)'")
                }
            case (nil, .some): break
            }
            if let strength, !(1...5).contains(strength) { throw ValidationError("--strength must be 1 to 5, not \(strength)") }
        }

        func run() throws {
            let target: EvidenceLink.Target
            if let url {
                target = .link(url)
            } else {
                let repository = try write.repository()
                let read = try mappingFailures { try EvidenceLink.readEvidenceFile(file ?? "", workingDirectory: repository.workingDirectory) }
                target = .file(name: read.name, bytes: read.bytes)
            }
            var change = EvidenceLink(project: project, id: try recordID(id, from: title), title: title, kind: kind, target: target, access: access)
            change.strength = strength
            change.date = date
            change.summary = summary
            change.collectedBy = collectedBy
            try write.run(change)
        }
    }
}

import ArgumentParser
import Foundation
import PolicyKit

struct CIInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write the GitHub Actions workflow or GitLab CI file that checks and reviews every change.",
        discussion: """
            On every push and pull (merge) request the job runs 'policylab check' (GitHub annotations, or \
            GitLab's Code Quality report); on a request it reviews the branch against its target and shows \
            the report ('review --format markdown') as the job summary (GitHub) or an artifact (GitLab). \
            --pages also builds the site and deploys it to GitHub Pages or GitLab Pages from the default \
            branch. policylab is built in the job from --source at --ref. The file is written to the working \
            tree, not committed: read it, then commit it.

            Examples:
              policylab ci init github --source https://git.example.org/lab/policylab.git \\
                --ref main
              policylab ci init gitlab --pages \\
                --source https://git.example.org/lab/policylab.git
            """)

    @Argument(help: ArgumentHelp("github or gitlab.", valueName: "FORGE"))
    var forge: ForgeWorkflow.Forge

    @Flag(help: "Also build the site and deploy it to the forge's Pages.")
    var pages = false

    @Option(help: ArgumentHelp("The git URL of policylab's source, built in the job.", valueName: "URL"))
    var source: String

    @Option(help: ArgumentHelp("The branch or tag of the source to build.", valueName: "REF"))
    var ref = "main"

    @Flag(help: "Replace the file if it exists.")
    var force = false

    @OptionGroup var place: LocationOptions

    func validate() throws {
        try requireText(source, "--source")
        if source.contains(where: { $0.isNewline }) || ref.contains(where: { $0.isNewline || $0 == " " }) {
            throw ValidationError("--source and --ref must be one word each")
        }
    }

    func run() throws {
        try mappingFailures {
            let repository = try place.repository()
            guard let root = repository.workingDirectory else {
                throw CommandFailure(
                    status: CommandFailure.repository, "the repository has no working tree to write \(forge.rawValue)'s CI file into")
            }
            let workflow = ForgeWorkflow(forge: forge, pages: pages, source: source, ref: ref)
            let path = root + "/" + workflow.path
            if FileManager.default.fileExists(atPath: path), !force {
                throw CommandFailure(status: CommandFailure.findings, "\(workflow.path) exists: nothing was written (use --force to replace it)")
            }
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(workflow.text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            Terminal.standardOutput.write("wrote \(workflow.path): commit it to run policylab on \(forge.rawValue)")
        }
    }
}

import ArgumentParser
import Foundation
import GitKit
import PolicyKit

struct ReviewBranchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "branch",
        abstract: "Review BRANCH against --base (the default action of 'policylab review').")

    @Argument(help: ArgumentHelp("The branch (or any revision) to review.", valueName: "BRANCH"))
    var branch: String

    @Option(help: ArgumentHelp("The branch the contribution would be merged into.", valueName: "BASE"))
    var base = "main"

    @Option(help: "Output format: text, json, markdown (a report for a pull request page) or sarif (the findings).")
    var format: ReviewFormat = .text

    @OptionGroup var place: LocationOptions

    func run() throws {
        let review = try mappingFailures {
            try BranchReview.review(branch: branch, base: base, in: try place.repository())
        }
        switch format {
        case .text:
            let stderr = Terminal.standardError
            for finding in review.findings {
                stderr.write(finding)
            }
            Terminal.standardOutput.write(review.text)
        case .json:
            Terminal.standardOutput.write(try JSONOutput.encode(review))
        case .markdown:
            Terminal.standardOutput.write(review.markdown)
        case .sarif:
            Terminal.standardOutput.write(try FindingsReport(findings: review.findings, recordCount: review.changes.count).render(.sarif))
        }
        if !review.isClean { throw ExitCode(CommandFailure.findings) }
    }
}

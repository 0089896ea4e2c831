import ArgumentParser
import Foundation
import GitKit
import PolicyKit

struct ImportOGPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ogp",
        abstract: "Create or update projects from OGP/IRM commitment data (a CSV table), in one commit.",
        discussion: """
            Each row is a commitment: its id (such as UK0092), title, text, lead and supporting institutions \
            (separated by ';'), OGP value flags and the IRM's ratings, before 2020 (potential impact) and after \
            (potential for results). A project whose ogp_commitment is the row's id gets the row's commissioner, \
            partners and assessment, each changed line by line as 'project set' does; any other row becomes a new \
            project (proposed, not a demonstrator). The README's "Import OGP commitment data" lists the column \
            headers accepted. A second run of the same table changes nothing.

            Example:
              policylab import ogp commitments.csv --country UK --dry-run
            """)

    @Argument(help: ArgumentHelp("The commitment table (CSV, UTF-8, with a header row).", valueName: "FILE.csv")) var file: String
    @Option(help: "Keep only this country's rows: its name in the country column, or the letters its ids start with (UK).")
    var country: String?
    @OptionGroup var write: WriteOptions

    func run() throws {
        try mappingFailures {
            guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("\(file): no such file") }
            let table = try OGPImport([UInt8](data), path: file, country: country)
            let repository = try write.repository()
            let author = try write.identity()
            let committer = (try? repository.defaultSignature()) ?? author
            let mode: CommitWriter.Mode = write.dryRun ? .dryRun : write.noCommit ? .noCommit : .commit
            let outcome = try table.run(into: repository, author: author, committer: committer, mode: mode)
            for finding in outcome.findings { Terminal.standardError.write(finding) }
            let out = Terminal.standardOutput
            let commitments = "\(outcome.commitments) commitment\(outcome.commitments == 1 ? "" : "s")"
            guard !outcome.changes.isEmpty else {
                out.write("nothing to import: the projects already say what the \(commitments) say")
                return
            }
            let verb = mode == .dryRun ? "would " : ""
            for path in outcome.created { out.write("\(verb)create \(path)") }
            for path in outcome.updated { out.write("\(verb)update \(path)") }
            if mode == .dryRun {
                for (path, contents) in outcome.changes.sorted(by: { $0.key < $1.key }) {
                    out.write("would write \(path):")
                    out.write(contents.map { String(decoding: $0, as: UTF8.self) } ?? "(deleted)")
                }
            }
            if let commit = outcome.commit { out.write("commit \(commit.hex)") }
        }
    }
}

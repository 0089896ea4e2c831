import ArgumentParser
import Foundation
import GitKit
import PolicyKit

/// The options every writing command shares, and the one way they run a change.
struct WriteOptions: ParsableArguments {
    @OptionGroup var committer: CommitterOptions

    @Flag(help: "Write the files to the working tree without committing them.")
    var noCommit = false

    @Flag(help: "Print what would be written, and write nothing.")
    var dryRun = false

    func validate() throws {
        if noCommit && dryRun { throw ValidationError("--no-commit and --dry-run cannot be used together") }
    }

    func repository() throws -> Repository { try committer.repository() }

    /// The identity that writes: `--author`, else the git identity.
    func identity() throws -> Signature { try committer.identity(in: repository()) }

    /// Validates and applies `change`, then prints the record's path and the commit id.
    func run(_ change: some RecordChange) throws {
        try mappingFailures {
            let mode: CommitWriter.Mode = dryRun ? .dryRun : noCommit ? .noCommit : .commit
            let outcome = try Authoring(repository: repository()).apply(change, author: committer.givenIdentity, mode: mode)
            for note in outcome.notes { Terminal.standardError.write("policylab: note: \(note)") }
            let out = Terminal.standardOutput
            switch mode {
            case .commit:
                out.write(outcome.path)
                out.write("commit \(outcome.commit?.hex ?? "")")
            case .noCommit:
                out.write("\(outcome.path) (written, not committed)")
            case .dryRun:
                for (path, contents) in outcome.changes.sorted(by: { $0.key < $1.key }) {
                    guard let contents else { out.write("would delete \(path)"); continue }
                    out.write("would write \(path):")
                    if let text = String(validating: contents, as: UTF8.self), !contents.contains(0) {
                        out.write(text)
                    } else {
                        out.write("(\(contents.count) bytes)")
                    }
                }
            }
        }
    }
}

/// The id given with `--id`, or the one derived from the title.
func recordID(_ given: RecordID?, from title: String) throws -> RecordID {
    if let given { return given }
    guard let derived = Slug.make(from: title) else {
        throw ValidationError("cannot derive an id from '\(title)' (it has no letters or digits); give one with --id")
    }
    return derived
}

/// Refuses empty or blank text arguments, naming them.
func requireText(_ value: String?, _ name: String) throws {
    if let value, value.allSatisfy(\.isWhitespace) { throw ValidationError("\(name) is empty") }
}

extension RecordID: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

extension Day: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
    public static var defaultCompletionKind: CompletionKind { .default }
}

extension MethodStatus: ExpressibleByArgument {}
extension ProjectStatus: ExpressibleByArgument {}
extension LessonStatus: ExpressibleByArgument {}
extension Cost: ExpressibleByArgument {}
extension StakeholderKind: ExpressibleByArgument {}
extension EvidenceKind: ExpressibleByArgument {}
extension Access: ExpressibleByArgument {}

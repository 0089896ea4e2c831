import ArgumentParser
import GitKit

/// `--author "Name <email>"`: who writes, when not the git identity. Declared here once and
/// composed into every command that commits or approves.
struct AuthorOption: ParsableArguments {
    @Option(help: ArgumentHelp("Write (commit, approve) as this identity instead of the git identity.", valueName: "Name <email>"))
    var author: String?

    func validate() throws {
        if let author, Signature(parsing: author) == nil {
            throw ValidationError("--author must look like 'Name <email>', not '\(author)'")
        }
    }

    /// `--author` parsed, when given.
    var identity: Signature? { author.flatMap { Signature(parsing: $0) } }
}

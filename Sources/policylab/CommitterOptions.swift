import ArgumentParser
import Foundation
import GitKit
import PolicyKit

/// Where the repository is and who writes: the options of every command that commits or approves.
struct CommitterOptions: ParsableArguments {
    @OptionGroup var place: LocationOptions

    @OptionGroup var author: AuthorOption

    /// `-C DIR`, else POLICYLAB_KB, else the current folder.
    var location: String { place.location }

    /// `--author` parsed, when given.
    var givenIdentity: Signature? { author.identity }

    /// The repository containing the location, exit status 3 when none does.
    func repository() throws -> Repository { try place.repository() }

    /// The identity that writes: `--author`, else the git identity.
    func identity(in repository: Repository) throws -> Signature {
        if let givenIdentity { return givenIdentity }
        return try mappingFailures { try repository.defaultSignature() }
    }
}

/// One of the inputs of a request, named in messages so that the caller can say it in its own
/// words (a command line by its option or argument); the library names it by `rawValue`.
public enum UsageInput: String, Sendable, Equatable, CaseIterable {
    /// The file to attach as evidence.
    case file
    /// The address to cite as evidence.
    case url
    /// The stakeholder a verification request or answer is about.
    case stakeholder
    /// The evidence a claim rests on.
    case evidence
    /// The id chosen for a new record or entry.
    case id
    /// The methods a record uses, or a method to filter on.
    case methods
    /// The methods a method is related to.
    case related
    /// The projects a lesson draws on, or a project to filter on.
    case projects
    /// The outcome of a milestone.
    case outcome
    /// The claim acted on.
    case claim
    /// The project acted on.
    case project
    /// The title of a new entry (a milestone).
    case title
    /// The milestone acted on.
    case milestone
    /// A status to filter on.
    case status
    /// A phase to filter on.
    case phase
    /// A participation level to filter on.
    case level
    /// A tag to filter on.
    case tag
    /// The address the site is published at.
    case baseURL = "base URL"
    /// The revision read instead of the working tree.
    case revision
    /// The folder a site is written to.
    case output
    /// The SSH key that signs.
    case signingKey = "signing key"
    /// Permission to replace what exists.
    case force
}

/// Someone with a stake in a project: a department, a civil-society organisation, a citizen group...
public struct Stakeholder: Sendable, Hashable, Encodable {
    /// The stakeholder's id, unique within the project.
    public var id: RecordID
    /// The stakeholder's name (a person or an organisation).
    public var name: String
    /// What kind of stakeholder it is.
    public var kind: StakeholderKind
    /// Their role in the project.
    public var role: String?
    /// Private: never published in any output.
    public var contact: String?
    /// When false, the name is kept out of publications.
    public var isPublic: Bool
    /// The SSH key whose signature proves a verdict is theirs; with one, only signed confirmations count.
    public var signingKey: SSHPublicKey?
    /// Where the stakeholder was written in the project's file.
    public var position: SourcePosition?

    enum CodingKeys: String, CodingKey {
        case id, name, kind, role, contact, signingKey
        case isPublic = "public"
    }
}

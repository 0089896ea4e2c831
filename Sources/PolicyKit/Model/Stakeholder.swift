/// Someone with a stake in a project: a department, a civil-society organisation, a citizen group...
public struct Stakeholder: Sendable, Hashable, Encodable {
    public var id: RecordID
    public var name: String
    public var kind: StakeholderKind
    public var role: String?
    /// Private: never published in any output.
    public var contact: String?
    /// When false, the name is kept out of publications.
    public var isPublic: Bool
    /// The SSH key whose signature proves a verdict is theirs; with one, only signed confirmations count.
    public var signingKey: SSHPublicKey?
    public var position: SourcePosition?

    enum CodingKeys: String, CodingKey {
        case id, name, kind, role, contact, signingKey
        case isPublic = "public"
    }
}

/// One recorded approval of a branch head, as judged by the base's `policylab.yaml`.
public struct Approval: Sendable, Hashable, Encodable {
    /// The maintainer's name and e-mail from `policylab.yaml` when a signature proved it; otherwise
    /// what the approver typed, which proves nothing.
    public var name: String
    /// The maintainer's e-mail, or the one typed (empty when none could be read).
    public var email: String
    /// Whether it counts towards `review.required_approvals`.
    public var counts: Bool
    /// The maintainer and key fingerprint whose signature verified, for a signed approval.
    public var signedBy: String?
    /// Why it does not count, when it does not.
    public var reason: String?

    /// `Name <email>`.
    public var identity: String { email.isEmpty ? name : "\(name) <\(email)>" }
}

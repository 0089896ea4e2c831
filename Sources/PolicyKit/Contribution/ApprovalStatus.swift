/// The approvals of a branch's head, against the number `policylab.yaml` requires.
public struct ApprovalStatus: Sendable, Encodable {
    /// How many counted approvals the base's settings require.
    public var required: Int
    /// Approvals of the current head, counted or not.
    public var approvals: [Approval]
    /// Approvals recorded on earlier heads of the branch: they no longer count.
    public var staleApprovals: Int
    /// Whether approvals are proved by signatures against maintainers' keys; when false, anyone who
    /// can push a note can type a maintainer's name and e-mail.
    public var authenticated: Bool

    /// The approvals that count.
    public var valid: [Approval] { approvals.filter(\.counts) }
    /// Whether enough approvals count.
    public var isSatisfied: Bool { valid.count >= required }

    /// The plain statement of what approvals prove here.
    public var trustStatement: String {
        authenticated
            ? "approvals are signed: only signatures by maintainers' keys in the base's \(Settings.fileName) count"
            : "approvals are not authenticated: \(Settings.fileName) names no signing keys, so an approval is a name and e-mail anyone can type"
    }
}

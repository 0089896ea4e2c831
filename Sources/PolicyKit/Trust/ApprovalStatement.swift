import GitKit

/// The exact text a maintainer signs to approve a branch head: which knowledge base, which head,
/// against which base, by whom and when. Nothing else is trusted from an approval note.
public struct ApprovalStatement: Sendable, Hashable {
    /// The SSHSIG namespace of approvals, so that no signature made for another purpose (a git
    /// commit, a file) can pass for one.
    public static let namespace = "policylab-approval"

    /// The knowledge base's `name` in the base's `policylab.yaml`.
    public var knowledgeBase: String
    /// The branch head approved.
    public var head: ObjectID
    /// The base commit the head is approved for merging into.
    public var base: ObjectID
    /// `Name <email>` as the approver gave it: shown, never trusted.
    public var approver: String
    /// When it was signed, as `YYYY-MM-DDTHH:MM:SSZ`.
    public var date: String

    /// The bytes that are signed.
    public var text: String {
        """
        policylab approval
        knowledge-base: \(knowledgeBase)
        head: \(head.hex)
        base: \(base.hex)
        approver: \(approver)
        date: \(date)

        """
    }
}

import Foundation
import GitKit

/// Records a maintainer's approval of a branch head as a git note, signed when a signer is given, and
/// reports how the base's `policylab.yaml` judges it.
public struct ApprovalWorkflow {
    /// What approving did: whether a note was written, and how the approval and the branch now stand.
    public struct Outcome: Sendable {
        /// False when an equivalent approval was already recorded (nothing was written).
        public var added: Bool
        /// The branch head approved.
        public var head: ObjectID
        /// How the new approval is judged (counts, signed by, or why not).
        public var approval: Approval
        /// The approvals of the head after this one, against the number required.
        public var status: ApprovalStatus
    }

    /// The knowledge base's repository, where approvals are kept as git notes.
    public let repository: Repository

    /// Approves branches of `repository`.
    public init(repository: Repository) { self.repository = repository }

    /// Approves the head of `branch` for merging into `base` as `identity`, signing with `signer` when given.
    public func approve(_ branch: String, base: String, identity: Signature, signer: SSHSigner?) throws -> Outcome {
        let head = try repository.resolveCommit(branch)
        let baseCommit = try repository.resolveCommit(base)
        let settings = try BranchReview.settings(at: baseCommit, in: repository)
        if settings.review.requiresSignatures, signer == nil {
            throw ContributionError.refused(
                "\(Settings.fileName) on \(base) names signing keys, so an unsigned approval would not count: "
                    + "sign it with \(input: .signingKey) ~/.ssh/id_ed25519.pub (or set git's user.signingKey)")
        }
        var record = ApprovalRecord(identity: identity.identity)
        if let signer {
            record.base = baseCommit
            record.date = Self.timestamp(identity.date)
            let statement = ApprovalStatement(
                knowledgeBase: settings.name, head: head, base: baseCommit, approver: record.identity,
                date: Self.timestamp(identity.date))
            do {
                let signature = try signer.sign(Array(statement.text.utf8), namespace: ApprovalStatement.namespace)
                record.signature = Data(signature.blob).base64EncodedString()
            } catch {
                throw ContributionError.refused("the approval could not be signed: \(error.description)")
            }
        }
        let existing = try Approvals.recorded(on: head, in: repository)
        let judged = Approvals.judge(existing + [record], head: head, settings: settings)
        let mine = judged[judged.count - 1]
        let duplicate =
            existing.contains(record)
            || mine.reason == Approvals.repeatReason
            || (!settings.review.requiresSignatures && signer == nil
                && existing.contains { $0.parsedIdentity?.email.lowercased() == identity.email.lowercased() })
        if !duplicate { try Approvals.append(record, on: head, identity: identity, in: repository) }
        let status = try Approvals.status(of: head, mergeBase: try repository.mergeBase(head, baseCommit), settings: settings, in: repository)
        return Outcome(added: !duplicate, head: head, approval: mine, status: status)
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}

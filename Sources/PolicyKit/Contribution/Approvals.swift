import Foundation
import GitKit

/// Approvals are kept as git notes on the approved commit (`ApprovalRecord`s), so that an approval
/// of one head never carries over to a later one, and syncing can share them. A note can be written
/// by anyone who can push: what counts is decided here, from the base's `policylab.yaml` only.
public enum Approvals {
    /// The notes reference that holds the approvals.
    public static let notesReference = "refs/notes/policylab-approvals"
    static let repeatReason = "another approval by the same maintainer"

    /// The approval records on `commit`, in the order they were made.
    public static func recorded(on commit: ObjectID, in repository: Repository) throws -> [ApprovalRecord] {
        guard let note = try repository.note(on: commit, notesReference: notesReference) else { return [] }
        return ApprovalRecord.parse(note)
    }

    /// Adds `record` to the note on `commit`.
    static func append(_ record: ApprovalRecord, on commit: ObjectID, identity: Signature, in repository: Repository) throws {
        let lines = (try recorded(on: commit, in: repository) + [record]).flatMap(\.lines)
        try repository.setNote(
            lines.joined(separator: "\n") + "\n", on: commit, notesReference: notesReference,
            author: identity, committer: identity)
    }

    /// The approvals of `head` judged by `settings` (the base's); approvals of its ancestors since
    /// `mergeBase` are stale.
    public static func status(of head: ObjectID, mergeBase: ObjectID?, settings: Settings, in repository: Repository) throws -> ApprovalStatus {
        let approvals = judge(try recorded(on: head, in: repository), head: head, settings: settings)
        var stale = 0
        for (commit, note) in try repository.notes(notesReference: notesReference) where commit != head {
            guard try repository.isDescendant(head, of: commit) else { continue }
            if let mergeBase, try commit == mergeBase || repository.isDescendant(mergeBase, of: commit) { continue }
            stale += ApprovalRecord.parse(note).count
        }
        return ApprovalStatus(
            required: settings.review.requiredApprovals, approvals: approvals, staleApprovals: stale,
            authenticated: settings.review.requiresSignatures)
    }

    /// Which records count, and why the others do not. Each maintainer counts once.
    static func judge(_ records: [ApprovalRecord], head: ObjectID, settings: Settings) -> [Approval] {
        var counted: Set<String> = []
        return records.map { record in
            var approval =
                settings.review.requiresSignatures
                ? judgeSigned(record, head: head, settings: settings) : judgeUnsigned(record, settings: settings)
            if approval.counts, !counted.insert(approval.email.lowercased()).inserted {
                approval.counts = false
                approval.reason = repeatReason
            }
            return approval
        }
    }

    /// Without signing keys, an approval counts when the e-mail typed is a maintainer's.
    private static func judgeUnsigned(_ record: ApprovalRecord, settings: Settings) -> Approval {
        let typed = record.parsedIdentity
        let isMaintainer = typed.map { typed in settings.review.maintainers.contains { $0.email.lowercased() == typed.email.lowercased() } } ?? false
        return Approval(
            name: typed?.name ?? record.identity, email: typed?.email ?? "", counts: isMaintainer, signedBy: nil,
            reason: isMaintainer ? nil : "not a maintainer in \(Settings.fileName)")
    }

    /// With signing keys, an approval counts only when its signature of this head verifies
    /// against a current maintainer's key; it is then that maintainer's, whatever name was typed.
    private static func judgeSigned(_ record: ApprovalRecord, head: ObjectID, settings: Settings) -> Approval {
        let typed = record.parsedIdentity
        var approval = Approval(name: typed?.name ?? record.identity, email: typed?.email ?? "", counts: false, signedBy: nil, reason: nil)
        switch record.decodedSignature() {
        case nil:
            approval.reason = "unsigned, and \(Settings.fileName) names signing keys: only signed approvals count"
        case .failure(let problem):
            approval.reason = "the signature cannot be read: \(problem)"
        case .success(let signature):
            guard let statement = record.statement(head: head, knowledgeBase: settings.name) else {
                approval.reason = "the signature has no Approval-Base or Approval-Date"
                break
            }
            let keyed = settings.review.maintainers.filter { $0.signingKey != nil }
            guard let owner = keyed.first(where: { $0.signingKey?.blob == signature.publicKey.blob }) else {
                approval.reason = "signed by \(signature.publicKey.fingerprint), the key of no maintainer in \(Settings.fileName)"
                break
            }
            guard let key = owner.signingKey, signature.isValid(for: Array(statement.text.utf8), namespace: ApprovalStatement.namespace, by: key)
            else {
                approval.reason = "the signature by \(owner.name)'s key does not verify for this head (made for other content or another commit)"
                break
            }
            approval = Approval(name: owner.name, email: owner.email, counts: true, signedBy: "\(owner.name) (\(key.fingerprint))", reason: nil)
        }
        return approval
    }
}

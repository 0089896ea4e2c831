import GitKit

/// One recorded approval of a branch head.
public struct Approval: Sendable, Hashable, Encodable {
    public var name: String
    public var email: String
    /// Whether it counts: only maintainers listed in `policylab.yaml` do.
    public var counts: Bool

    /// `Name <email>`.
    public var identity: String { "\(name) <\(email)>" }
}

/// The approvals of a branch's head, against the number `policylab.yaml` requires.
public struct ApprovalStatus: Sendable, Encodable {
    public var required: Int
    /// Approvals of the current head, counted or not.
    public var approvals: [Approval]
    /// Approvals recorded on earlier heads of the branch: they no longer count.
    public var staleApprovals: Int

    public var valid: [Approval] { approvals.filter(\.counts) }
    public var isSatisfied: Bool { valid.count >= required }
}

/// Approvals are kept as git notes on the approved commit (`Approved-by: Name <email>` lines), so
/// that an approval of one head never carries over to a later one, and `sync` can share them.
public enum Approvals {
    public static let notesReference = "refs/notes/policylab-approvals"
    static let trailer = "Approved-by: "

    /// The identities that approved `commit`, in the order they did.
    public static func recorded(on commit: ObjectID, in repository: Repository) throws -> [Signature] {
        guard let note = try repository.note(on: commit, notesReference: notesReference) else { return [] }
        return parse(note)
    }

    static func parse(_ note: String) -> [Signature] {
        note.split(separator: "\n").compactMap { line in
            line.hasPrefix(trailer) ? Signature(parsing: String(line.dropFirst(trailer.count))) : nil
        }
    }

    /// Records `identity`'s approval of `commit`; false when it had already approved it.
    @discardableResult
    public static func record(_ identity: Signature, on commit: ObjectID, in repository: Repository) throws -> Bool {
        let existing = try recorded(on: commit, in: repository)
        if existing.contains(where: { $0.email.lowercased() == identity.email.lowercased() }) { return false }
        let lines = (existing + [identity]).map { trailer + $0.identity }
        try repository.setNote(lines.joined(separator: "\n") + "\n", on: commit, notesReference: notesReference,
                               author: identity, committer: identity)
        return true
    }

    /// The approvals of `head` judged by `settings`; approvals of its ancestors since `mergeBase` are stale.
    public static func status(of head: ObjectID, mergeBase: ObjectID?, settings: Settings, in repository: Repository) throws -> ApprovalStatus {
        let maintainers = Set(settings.review.maintainers.map { $0.email.lowercased() })
        let approvals = try recorded(on: head, in: repository).map {
            Approval(name: $0.name, email: $0.email, counts: maintainers.contains($0.email.lowercased()))
        }
        var stale = 0
        for (commit, note) in try repository.notes(notesReference: notesReference) where commit != head {
            guard try repository.isDescendant(head, of: commit) else { continue }
            if let mergeBase, try commit == mergeBase || repository.isDescendant(mergeBase, of: commit) { continue }
            stale += parse(note).count
        }
        return ApprovalStatus(required: settings.review.requiredApprovals, approvals: approvals, staleApprovals: stale)
    }
}

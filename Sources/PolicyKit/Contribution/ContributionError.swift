/// Why merging or syncing a contribution was refused; nothing was written when one of these is thrown.
public enum ContributionError: CategorizedError {
    /// The review found problems: the review says which.
    case notClean(Review)
    /// The branch lacks the approvals the settings ask for.
    case notApproved(ApprovalStatus)
    /// Both sides changed these paths incompatibly (`kind:id (path)` for records).
    case conflicts([String])
    /// A rule of the workflow refused the request.
    case refused(UsageMessage)

    /// What kind of failure this is: findings and conflicts, or a refusal.
    public var category: ErrorCategory {
        switch self {
        case .notClean, .conflicts: .findings
        case .notApproved, .refused: .refused
        }
    }

    /// The message, each input named by its `rawValue`.
    public var description: String { message { $0.rawValue } }

    /// The message, each input named by `name`.
    public func message(naming name: (UsageInput) -> String) -> String {
        switch self {
        case .notClean(let review):
            let problems =
                review.findings.map(\.description)
                + review.conflicts.map { conflict in "conflict: " + (conflict.record.map { "\($0) (\(conflict.path))" } ?? conflict.path) }
                + (review.mergeBase == nil ? ["no common history with \(review.base)"] : [])
            return "the review of \(review.branch) is not clean, so nothing was merged:\n" + problems.joined(separator: "\n")
        case .notApproved(let status):
            let ignored = status.approvals.filter { !$0.counts }.map { "\($0.identity): \($0.reason ?? "not counted")" }
            return "\(status.valid.count) of \(status.required) required approvals of the branch's current head by maintainers, so nothing was merged"
                + " (record one with 'policylab review approve BRANCH')"
                + (ignored.isEmpty ? "" : "\nnot counted: " + ignored.joined(separator: "; "))
        case .conflicts(let paths):
            return "both sides changed the same records in ways that cannot be combined, so nothing was written:\n"
                + paths.map { "conflict: " + $0 }.joined(separator: "\n")
        case .refused(let message): return message.text(naming: name)
        }
    }
}

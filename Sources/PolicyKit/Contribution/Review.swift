import GitKit

/// What a branch would bring into its base: the records it adds, removes and changes, the check of
/// the knowledge base after the merge, the policy findings, conflicts and approvals.
public struct Review: Sendable {
    /// The branch reviewed, as named.
    public var branch: String
    /// The base it would be merged into, as named.
    public var base: String
    /// The branch's head commit.
    public var head: ObjectID
    /// The base's commit.
    public var baseCommit: ObjectID
    /// Nil when the branch shares no history with the base.
    public var mergeBase: ObjectID?
    /// Commits on the branch that the base does not have.
    public var commitCount: Int
    /// Every file the branch changes since the merge base, records first.
    public var changes: [RecordDiff]
    /// Validation errors of the merged knowledge base that the base does not have, and warnings in changed files.
    public var check: [Finding]
    /// Findings of the review policy: paths, verifications, evidence access, large files, id collisions.
    public var policy: [Finding]
    /// Paths both sides changed incompatibly; when there are any, the merged knowledge base is not checked.
    public var conflicts: [RecordDiff]
    /// The approvals of the branch's head, as the base's settings judge them.
    public var approvals: ApprovalStatus
    /// The settings of the base, which judge the contribution (not the branch's own).
    public var settings: Settings

    /// Whether the contribution can be merged as it is (approvals aside).
    public var isClean: Bool {
        mergeBase != nil && conflicts.isEmpty && !check.hasErrors && !policy.hasErrors
    }

    /// Every finding, check and policy, sorted for display.
    public var findings: [Finding] { (check + policy).sortedForDisplay() }
}

extension Review: Encodable {
    enum CodingKeys: String, CodingKey {
        case branch, base, head, baseCommit, mergeBase, commits, changes, findings, conflicts, approvals, clean
    }

    private struct EncodedFinding: Encodable {
        var path: String, line: Int?, column: Int?, severity: String, message: String, source: String
    }

    /// Encodes the review for JSON output: commits as hex, findings with their source (`check` or `policy`), and whether it is clean.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(branch, forKey: .branch)
        try container.encode(base, forKey: .base)
        try container.encode(head.hex, forKey: .head)
        try container.encode(baseCommit.hex, forKey: .baseCommit)
        try container.encode(mergeBase?.hex, forKey: .mergeBase)
        try container.encode(commitCount, forKey: .commits)
        try container.encode(changes, forKey: .changes)
        let encoded = check.map { ($0, "check") } + policy.map { ($0, "policy") }
        try container.encode(
            encoded.map { finding, source in
                EncodedFinding(
                    path: finding.path, line: finding.position?.line, column: finding.position?.column,
                    severity: finding.severity.rawValue, message: finding.message, source: source)
            }, forKey: .findings)
        try container.encode(conflicts, forKey: .conflicts)
        try container.encode(approvals, forKey: .approvals)
        try container.encode(isClean, forKey: .clean)
    }
}

import GitKit

/// `policylab merge`: merges a reviewed, approved branch into the current branch with a merge
/// commit (never a fast-forward) that records the approvals as trailers.
public struct MergeWorkflow {
    public struct Outcome: Sendable {
        public var commit: ObjectID
        public var review: Review
        public var changedPaths: [String]
    }

    public let repository: Repository

    public init(repository: Repository) { self.repository = repository }

    /// Merges `branch` (a branch name or revision) into the branch HEAD is on, as `identity`.
    public func merge(_ branch: String, identity: Signature) throws -> Outcome {
        let head = try repository.resolveCommit(branch)
        let writer = CommitWriter(repository: repository)
        let current = try writer.currentBranch()
        let baseName = current.hasPrefix("refs/heads/") ? String(current.dropFirst(11)) : current
        guard let tip = try repository.referenceTarget(current) else {
            throw ContributionError.refused("\(baseName) has no commits yet: nothing to merge into")
        }
        if try head == tip || repository.isDescendant(tip, of: head) {
            throw ContributionError.refused("\(branch) is already merged into \(baseName): nothing to do")
        }
        let first = try reviewOrRefuse(head: head, branch: branch, base: tip, baseName: baseName)
        let trailers = first.approvals.valid.map { "Approved-by: \($0.identity)" } + ["Policylab-Command: merge"]
        let message = "merge: \(branch)\n\n" + trailers.joined(separator: "\n") + "\n"
        var review = first
        let merged = try writer.writeMerge(of: head, message: message, identity: identity) { current in
            // The base may have moved since the first review: judge the merge with what is there now.
            if current != tip { review = try reviewOrRefuse(head: head, branch: branch, base: current, baseName: baseName) }
        }
        return Outcome(commit: merged.commit, review: review, changedPaths: merged.changed)
    }

    private func reviewOrRefuse(head: ObjectID, branch: String, base: ObjectID, baseName: String) throws -> Review {
        let review = try BranchReview.review(head: head, branch: branch, base: base, baseName: baseName, in: repository)
        guard review.isClean else { throw ContributionError.notClean(review) }
        guard review.approvals.isSatisfied else { throw ContributionError.notApproved(review.approvals) }
        return review
    }
}

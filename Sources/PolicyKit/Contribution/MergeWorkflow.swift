import GitKit

/// Merges a reviewed, approved branch into the current branch with a merge commit (never a
/// fast-forward) that records the approvals as trailers.
public struct MergeWorkflow {
    /// What merging made: the merge commit, the review that allowed it and the files it changed.
    public struct Outcome: Sendable {
        /// The merge commit.
        public var commit: ObjectID
        /// The review of the branch against the base it was merged into.
        public var review: Review
        /// The paths the merge changed on the current branch.
        public var changedPaths: [String]
    }

    /// The knowledge base's repository, merged into.
    public let repository: Repository

    /// Merges branches into the current branch of `repository`.
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

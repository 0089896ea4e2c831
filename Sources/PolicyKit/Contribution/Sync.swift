import GitKit

/// Synchronises the current branch and the approvals with a remote: fetches both, integrates (a
/// fast-forward, or a merge commit when both sides moved and nothing conflicts), and pushes both back.
public struct Sync {
    /// How the local branch was brought together with the remote's.
    public enum Integration: Sendable, Equatable {
        /// Both sides were already the same.
        case upToDate
        /// The remote had nothing new; local commits were pushed.
        case pushedOnly
        /// The local branch had nothing new and was moved forward to the remote's commit.
        case fastForwarded(ObjectID)
        /// Both sides moved: a merge commit was made (and pushed).
        case merged(ObjectID)
    }

    /// What syncing did to the branch and the approvals.
    public struct Outcome: Sendable {
        /// The short name of the branch synced.
        public var branch: String
        /// How the local and remote branches were brought together.
        public var integration: Integration
        /// Whether the local approval notes changed to take in the remote's.
        public var approvalsMerged: Bool
    }

    /// The knowledge base's repository, synced.
    public let repository: Repository

    /// Syncs the current branch of `repository`.
    public init(repository: Repository) { self.repository = repository }

    /// Syncs the branch HEAD is on with `remote` (a configured remote name, a path or a URL), as `identity`.
    public func run(remote: String, identity: Signature) throws -> Outcome {
        let writer = CommitWriter(repository: repository)
        let branchReference = try writer.currentBranch()
        let branch = branchReference.hasPrefix("refs/heads/") ? String(branchReference.dropFirst(11)) : branchReference
        let name = try repository.remoteURL(remote) != nil ? remote : "policylab-sync"
        let tracking = "refs/remotes/\(name)/\(branch)"
        let remoteNotes = "refs/policylab/\(name)/approvals"
        try repository.fetch(from: remote, refspecs: ["+\(branchReference):\(tracking)", "+\(Approvals.notesReference):\(remoteNotes)"])

        var integration = Integration.upToDate
        let theirs = try repository.referenceTarget(tracking)
        var ours = try repository.referenceTarget(branchReference)
        if let theirs, let tip = ours, theirs != tip, try !repository.isDescendant(tip, of: theirs) {
            if try repository.isDescendant(theirs, of: tip) {
                _ = try writer.fastForwardFiles(from: tip, to: theirs, logMessage: "policylab: sync: fast-forward to \(name)/\(branch)")
                integration = .fastForwarded(theirs)
            } else {
                let message = "sync: merge \(name)/\(branch)\n\nPolicylab-Command: sync\n"
                let merged = try writer.writeMerge(of: theirs, message: message, identity: identity)
                integration = .merged(merged.commit)
            }
            ours = try repository.referenceTarget(branchReference)
        } else if ours != theirs, ours != nil {
            integration = .pushedOnly
        }
        let approvalsMerged = try ApprovalNotes(repository: repository).integrate(remoteNotes, identity: identity)
        var refspecs = ours == nil ? [] : ["\(branchReference):\(branchReference)"]
        if try repository.referenceTarget(Approvals.notesReference) != nil {
            refspecs.append("\(Approvals.notesReference):\(Approvals.notesReference)")
        }
        do {
            try repository.push(to: remote, refspecs: refspecs)
        } catch let error as GitError where error.code == .nonFastForward {
            throw ContributionError.refused("\(remote) moved while syncing (\(error.message)); run 'policylab sync' again")
        }
        if let ours {
            try repository.updateReference(tracking, to: ours, expecting: try repository.referenceTarget(tracking), logMessage: "policylab: sync")
        }
        return Outcome(branch: branch, integration: integration, approvalsMerged: approvalsMerged)
    }
}

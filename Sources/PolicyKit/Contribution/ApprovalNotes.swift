import Foundation
import GitKit

/// Joins the approvals fetched from a remote with the local ones, so that both can be pushed.
struct ApprovalNotes {
    let repository: Repository

    /// Makes the local notes hold every approval of `fetched` too; their histories are joined by a
    /// merge commit, so that pushing them is a fast-forward. Returns whether anything changed.
    func integrate(_ fetched: String, identity: Signature) throws -> Bool {
        let local = Approvals.notesReference
        guard let theirs = try repository.referenceTarget(fetched) else { return false }
        guard let ours = try repository.referenceTarget(local) else {
            try repository.updateReference(local, to: theirs, expecting: nil, logMessage: "policylab: sync approvals")
            return true
        }
        if try theirs == ours || repository.isDescendant(ours, of: theirs) { return false }
        if try repository.isDescendant(theirs, of: ours) {
            try repository.updateReference(local, to: theirs, expecting: ours, logMessage: "policylab: sync approvals")
            return true
        }
        let mine = try repository.notes(notesReference: local)
        for (commit, text) in try repository.notes(notesReference: fetched) {
            // Records are kept whole, signatures included; which of them count is judged at review.
            let known = ApprovalRecord.parse(mine[commit] ?? "")
            let missing = ApprovalRecord.parse(text).filter { !known.contains($0) }
            guard !missing.isEmpty else { continue }
            let joined = (known + missing).flatMap(\.lines)
            try repository.setNote(joined.joined(separator: "\n") + "\n", on: commit, notesReference: local, author: identity, committer: identity)
        }
        guard let joinedTip = try repository.referenceTarget(local) else { return false }
        let tree = try repository.commit(joinedTip).tree
        let merge = try repository.createCommit(
            tree: tree, parents: [joinedTip, theirs], author: identity, committer: identity,
            message: "policylab: merge approvals\n")
        try repository.updateReference(local, to: merge, expecting: joinedTip, logMessage: "policylab: sync approvals")
        return true
    }
}

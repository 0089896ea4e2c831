import Foundation
import GitKit

/// Builds a `Review`: diff since the merge base, an in-memory merge, validation of the result read
/// straight from git objects, and the review policy. Writes nothing but unreferenced objects.
public enum BranchReview {
    /// Reviews the revision `branch` against `base` (branch names, tags or commits).
    public static func review(branch: String, base: String, in repository: Repository) throws -> Review {
        let head = try repository.resolveCommit(branch)
        let baseCommit = try repository.resolveCommit(base)
        return try review(head: head, branch: branch, base: baseCommit, baseName: base, in: repository)
    }

    /// Reviews the commit `head` (named `branch`) against the commit `base` (named `baseName`).
    public static func review(head: ObjectID, branch: String, base: ObjectID, baseName: String, in repository: Repository) throws -> Review {
        let mergeBase = try repository.mergeBase(head, base)
        let settings = try settings(at: base, in: repository)
        var review = Review(
            branch: branch, base: baseName, head: head, baseCommit: base, mergeBase: mergeBase, commitCount: 0,
            changes: [], check: [], policy: [], conflicts: [],
            approvals: try Approvals.status(of: head, mergeBase: mergeBase, settings: settings, in: repository),
            settings: settings)
        guard let mergeBase else { return review }
        review.commitCount = try repository.commitIDs(from: head, hiding: [mergeBase]).count
        let forkTree = try repository.commit(mergeBase).tree
        let headTree = try repository.commit(head).tree
        let baseTree = try repository.commit(base).tree
        let deltas = try repository.diffTrees(old: forkTree, new: headTree, detectRenames: true)
        review.changes = try deltas.map { try RecordDiff.make($0, in: repository) }
            .sorted { ($0.record == nil ? 1 : 0, $0.path) < ($1.record == nil ? 1 : 0, $1.path) }
        let baseDeltas = try repository.diffTrees(old: forkTree, new: baseTree)
        let policy = ReviewPolicy(
            repository: repository, settings: settings, head: head, mergeBase: mergeBase, base: base,
            baseName: baseName, approved: review.approvals.isSatisfied)
        review.policy = try policy.findings(branchDeltas: deltas, baseDeltas: baseDeltas)

        switch try repository.mergeCommits(ours: base, theirs: head) {
        case .conflicts(let conflicts):
            review.conflicts = conflicts.map { conflict in
                RecordDiff(
                    record: RecordDiff.reference(for: conflict.path), status: .modified, path: conflict.path,
                    previousPath: nil, fields: [], body: nil, unreadable: nil)
            }
        case .clean(let tree):
            let changed = Set(deltas.flatMap { [$0.oldPath, $0.newPath].compactMap { $0 } })
            review.check = try check(mergedTree: tree, parents: [base, head], base: base, changed: changed, in: repository)
        }
        return review
    }

    /// Findings of the merged knowledge base: errors the base does not have, and warnings in changed files.
    static func check(
        mergedTree: ObjectID, parents: [ObjectID], base: ObjectID, changed: Set<String>,
        in repository: Repository
    ) throws -> [Finding] {
        // The loader reads commits: give it one that no reference will ever point at.
        let signature = Signature(name: "policylab review", email: "review@policylab.invalid", date: Date(), timeZoneOffsetMinutes: 0)
        let commit = try repository.createCommit(
            tree: mergedTree, parents: parents, author: signature, committer: signature,
            message: "policylab review: proposed merge\n")
        let merged = try KnowledgeBaseLoader.load(from: .revision(gitDirectory: repository.gitDirectory, commit: commit), keepBodies: false)
        let findings = Validator.validate(merged)
        let inChanged = findings.filter { changed.contains($0.path) }
        let elsewhere = findings.filter { !changed.contains($0.path) && $0.severity == .error }
        guard !elsewhere.isEmpty else { return inChanged }
        // Errors in files the branch did not touch may be old ones: only those the base lacks count.
        let before = try KnowledgeBaseLoader.load(from: .revision(gitDirectory: repository.gitDirectory, commit: base), keepBodies: false)
        let existing = Set(Validator.validate(before).filter { $0.severity == .error }.map(\.description))
        return (inChanged + elsewhere.filter { !existing.contains($0.description) }).sortedForDisplay()
    }

    /// The settings in `policylab.yaml` at `commit` (the defaults when it has none).
    public static func settings(at commit: ObjectID, in repository: Repository) throws -> Settings {
        let tree = try repository.commit(commit).tree
        guard let entry = try repository.entry(at: Settings.fileName, inTree: tree), entry.kind != .tree else { return .defaults }
        return SettingsReading.parse(try repository.blob(entry.id)).0
    }
}

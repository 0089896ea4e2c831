import Foundation
import Testing

/// `review`, `review approve` and `merge` of the refs forges give a pull request: GitHub's
/// `refs/pull/N/head`, GitLab's `refs/merge-requests/N/head` and a branch fetched from a fork,
/// built with the `git` program the way a forge and a maintainer's clone hold them.
@Suite struct ForgeRefsTests {
    static let maintainer = "A Maintainer <maintainer@example.org>"
    static let method = "---\nid: crowdsourcing\ntitle: Crowdsourcing\nsummary: Ask many people.\nphases: [discover]\nstatus: draft\n---\n"

    /// The lab's clone `kb` of a forge `forge.git`; a contributor's fork `fork.git` holds a branch
    /// `add-crowdsourcing`, which the forge also keeps as pull request 7 and merge request 7.
    private func withForge(_ body: (_ root: String, _ head: String) throws -> Void) throws {
        try CLI.withTemporaryDirectory { dir in
            let lab = dir + "/lab"
            try CLI.repository(from: "valid-kb", at: lab)
            try CLI.git(["clone", "-q", "--bare", lab, dir + "/forge.git"], in: dir)
            try CLI.git(["clone", "-q", "--bare", dir + "/forge.git", dir + "/fork.git"], in: dir)
            try CLI.git(["clone", "-q", dir + "/fork.git", dir + "/cso"], in: dir)
            try CLI.git(["switch", "-q", "-c", "add-crowdsourcing"], in: dir + "/cso")
            try CLI.write(Self.method, to: dir + "/cso/toolkit/methods/crowdsourcing.md")
            try CLI.git(["add", "-A"], in: dir + "/cso")
            try CLI.git(["commit", "-q", "-m", "Propose crowdsourcing"], in: dir + "/cso")
            try CLI.git(["push", "-q", "origin", "add-crowdsourcing"], in: dir + "/cso")
            let head = try CLI.git(["rev-parse", "HEAD"], in: dir + "/cso").trimmingCharacters(in: .newlines)
            // What the forge does when the pull (merge) request is opened.
            try CLI.git(["fetch", "-q", dir + "/fork.git", "add-crowdsourcing:refs/pull/7/head"], in: dir + "/forge.git")
            try CLI.git(["fetch", "-q", dir + "/fork.git", "add-crowdsourcing:refs/merge-requests/7/head"], in: dir + "/forge.git")
            try CLI.git(["clone", "-q", dir + "/forge.git", dir + "/kb"], in: dir)
            try body(dir + "/kb", head)
        }
    }

    private func expectReviewed(_ branch: String, head: String, in root: String) throws {
        let review = try CLI.policylab(["review", branch], in: root)
        #expect(review.status == 0, "\(review)")
        #expect(review.stdout.hasPrefix("review of \(branch) (\(head.prefix(7))) against main ("), "\(review)")
        #expect(review.stdout.contains("records:\n  + method:crowdsourcing (toolkit/methods/crowdsourcing.md)\n"), "\(review)")
        #expect(review.stdout.hasSuffix("verdict: ready to merge once approved\n"), "\(review)")
    }

    @Test func reviewsAGitHubPullRequestRefFetchedAsIsAndAsALocalBranch() throws {
        try withForge { root, head in
            try CLI.git(["fetch", "-q", "origin", "refs/pull/7/head:refs/pull/7/head"], in: root)
            try expectReviewed("refs/pull/7/head", head: head, in: root)
            try expectReviewed("pull/7/head", head: head, in: root)
            try CLI.git(["fetch", "-q", "origin", "pull/7/head:pr-7"], in: root)
            try expectReviewed("pr-7", head: head, in: root)
            try CLI.git(["fetch", "-q", "origin", "pull/7/head"], in: root)
            try expectReviewed("FETCH_HEAD", head: head, in: root)

            let approve = try CLI.policylab(["review", "approve", "refs/pull/7/head", "--author", Self.maintainer], in: root)
            #expect(approve.status == 0, "\(approve)")
            #expect(
                approve.stdout
                    == "approved refs/pull/7/head at \(head.prefix(7)) as A Maintainer <maintainer@example.org>\napprovals: 1 of 1 required\n")
            // The approval is of the head, so it counts under every name of that head.
            let again = try CLI.policylab(["review", "pr-7"], in: root)
            #expect(again.stdout.contains("approvals: 1 of 1 required (A Maintainer <maintainer@example.org>)\n"), "\(again)")
            #expect(again.stdout.hasSuffix("verdict: ready to merge\n"), "\(again)")
            let merge = try CLI.policylab(["merge", "refs/pull/7/head", "--author", Self.maintainer], in: root)
            #expect(merge.status == 0, "\(merge)")
            #expect(merge.stdout.hasPrefix("merged refs/pull/7/head (1 file)\nApproved-by: A Maintainer <maintainer@example.org>\ncommit "))
            #expect(
                try CLI.git(["log", "-1", "--format=%P"], in: root).hasSuffix(" \(head)\n"), "the pull request's head is the merge's second parent")
            #expect(try CLI.git(["status", "--porcelain"], in: root) == "")
        }
    }

    @Test func reviewsAGitLabMergeRequestRef() throws {
        try withForge { root, head in
            try CLI.git(["fetch", "-q", "origin", "refs/merge-requests/7/head:refs/merge-requests/7/head"], in: root)
            try expectReviewed("refs/merge-requests/7/head", head: head, in: root)
            try expectReviewed("merge-requests/7/head", head: head, in: root)
            let markdown = try CLI.policylab(["review", "refs/merge-requests/7/head", "--format", "markdown"], in: root)
            #expect(markdown.status == 0, "\(markdown)")
            #expect(markdown.stdout.contains("refs/merge-requests/7/head"), "\(markdown)")
        }
    }

    @Test func reviewsABranchFetchedFromAFork() throws {
        try withForge { root, head in
            let fork = URL(fileURLWithPath: root).deletingLastPathComponent().path + "/fork.git"
            try CLI.git(["remote", "add", "cso", fork], in: root)
            try CLI.git(["fetch", "-q", "cso"], in: root)
            try expectReviewed("cso/add-crowdsourcing", head: head, in: root)
            try expectReviewed("refs/remotes/cso/add-crowdsourcing", head: head, in: root)
            let missing = try CLI.policylab(["review", "refs/pull/8/head"], in: root)
            #expect(missing.status == 3, "\(missing)")
            #expect(missing.stdout == "")
        }
    }
}

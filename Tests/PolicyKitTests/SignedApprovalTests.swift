import Foundation
import GitKit
import Testing

@testable import PolicyKit

/// Approvals when policylab.yaml names maintainers' signing keys: only signatures by a key read
/// from the base, over this head, count.
@Suite struct SignedApprovalTests {
    /// The fixture with the maintainer's key in policylab.yaml on main, and a `proposal` branch.
    private func withSignedBase(_ body: (AuthoringRepository, _ maintainer: TestSSHKey, _ stranger: TestSSHKey) throws -> Void) throws {
        try AuthoringRepository.withFixture { kb in
            let keys = URL(fileURLWithPath: kb.root).deletingLastPathComponent().path
            let maintainer = try TestSSHKey.make("ed25519", named: "maintainer", in: keys)
            let stranger = try TestSSHKey.make("ed25519", named: "stranger", in: keys)
            try Contributor.maintainer.commit(
                [Settings.fileName: try settings(keys: [("A Maintainer", "maintainer@example.org", maintainer)])],
                on: "main", message: "Maintainers sign their approvals", in: kb.root)
            try Contributor.cso.commit(
                ["toolkit/methods/crowdsourcing.md": methodText("crowdsourcing", title: "Crowdsourcing")],
                on: "proposal", message: "Propose crowdsourcing", in: kb.root)
            try body(kb, maintainer, stranger)
        }
    }

    private func settings(keys: [(String, String, TestSSHKey)]) throws -> String {
        let maintainers = try keys.map { name, email, key in
            "    - name: \(name)\n      email: \(email)\n      signing_key: \"\(try key.publicKeyText)\"\n"
        }.joined()
        return "name: Fixture knowledge base\nreview:\n  required_approvals: 1\n  maintainers:\n\(maintainers)  paths: [toolkit, projects, lessons]\n"
    }

    private func approve(_ kb: AuthoringRepository, as who: Contributor, with key: TestSSHKey?, branch: String = "proposal") throws
        -> ApprovalWorkflow.Outcome
    {
        try ApprovalWorkflow(repository: kb.repository).approve(
            branch, base: "main", identity: who.signature, signer: key.map { SSHSigner(key: .file($0.path), environment: ["PATH": "/usr/bin:/bin"]) })
    }

    @Test func aMaintainersSignatureCountsAsThatMaintainerWhateverNameWasTyped() throws {
        try withSignedBase { kb, maintainer, _ in
            let outcome = try approve(kb, as: Contributor.cso, with: maintainer)
            #expect(outcome.added && outcome.approval.counts)
            let status = try kb.review().approvals
            #expect(status.authenticated && status.isSatisfied)
            #expect(status.valid.map(\.identity) == ["A Maintainer <maintainer@example.org>"])
            #expect(status.valid.first?.signedBy == "A Maintainer (\(try maintainer.fingerprint))")
            // The same key again is the same approval.
            #expect(try !approve(kb, as: Contributor.maintainer, with: maintainer).added)
        }
    }

    @Test func aTypedMaintainerIdentityWithoutSignatureIsRefusedAndAForgedNoteDoesNotCount() throws {
        try withSignedBase { kb, _, stranger in
            #expect(throws: ContributionError.self) { try approve(kb, as: Contributor.maintainer, with: nil) }
            // A note written with the git program under the maintainer's name, as a contributor can push one.
            try Contributor.cso.git(
                ["notes", "--ref", "policylab-approvals", "add", "-m", "Approved-by: A Maintainer <maintainer@example.org>", "proposal"], in: kb.root)
            // And one signed by a key of the contributor's own.
            #expect(try !approve(kb, as: Contributor.maintainer, with: stranger).approval.counts)
            let status = try kb.review().approvals
            #expect(status.valid.isEmpty && !status.isSatisfied)
            #expect(
                status.approvals.map(\.reason) == [
                    "unsigned, and policylab.yaml names signing keys: only signed approvals count",
                    "signed by \(try stranger.fingerprint), the key of no maintainer in policylab.yaml",
                ])
            #expect(throws: ContributionError.self) {
                try MergeWorkflow(repository: kb.repository).merge("proposal", identity: Contributor.maintainer.signature)
            }
        }
    }

    @Test func aSignatureOfAnOlderHeadOrOfOtherContentDoesNotCount() throws {
        try withSignedBase { kb, maintainer, _ in
            _ = try approve(kb, as: Contributor.maintainer, with: maintainer)
            let approvedHead = try kb.repository.resolveCommit("proposal")
            // The contributor copies the signed note onto a new head.
            try Contributor.cso.commit(
                ["toolkit/methods/crowdsourcing.md": methodText("crowdsourcing", title: "Crowdsourcing, changed")],
                on: "proposal", message: "Change after approval", in: kb.root)
            let note = try #require(try kb.repository.note(on: approvedHead, notesReference: Approvals.notesReference))
            try Contributor.cso.git(["notes", "--ref", "policylab-approvals", "add", "-m", note, "proposal"], in: kb.root)
            var status = try kb.review().approvals
            #expect(status.valid.isEmpty && status.staleApprovals == 1)
            #expect(
                status.approvals.first?.reason
                    == "the signature by A Maintainer's key does not verify for this head (made for other content or another commit)")
            // The note on the approved head, with its date changed: the signature no longer matches.
            let edited = note.replacingOccurrences(of: "Approval-Date: ", with: "Approval-Date: 1")
            try Contributor.cso.git(["notes", "--ref", "policylab-approvals", "add", "-f", "-m", edited, approvedHead.hex], in: kb.root)
            status = try Approvals.status(
                of: approvedHead, mergeBase: nil, settings: try BranchReview.settings(at: try kb.repository.resolveCommit("main"), in: kb.repository),
                in: kb.repository)
            #expect(status.valid.isEmpty)
            // A malformed signature is a reason, not a crash.
            let broken = note.replacingOccurrences(of: "Approval-Signature: U1NI", with: "Approval-Signature: U1NJ")
            try Contributor.cso.git(["notes", "--ref", "policylab-approvals", "add", "-f", "-m", broken, approvedHead.hex], in: kb.root)
            status = try Approvals.status(
                of: approvedHead, mergeBase: nil, settings: try BranchReview.settings(at: try kb.repository.resolveCommit("main"), in: kb.repository),
                in: kb.repository)
            #expect(status.approvals.first?.reason == "the signature cannot be read: not an SSHSIG signature")
        }
    }

    @Test func aKeyTheBranchAddsItselfOrOfARemovedMaintainerDoesNotCount() throws {
        try withSignedBase { kb, maintainer, stranger in
            // The branch makes its author a maintainer with their own key: the base's list judges.
            try Contributor.cso.commit(
                [
                    Settings.fileName: try settings(keys: [
                        ("A Maintainer", "maintainer@example.org", maintainer),
                        ("Eve Activist", "eve@cso.example", stranger),
                    ])
                ],
                on: "proposal", message: "Add me as a maintainer", in: kb.root)
            #expect(try !approve(kb, as: Contributor.cso, with: stranger).approval.counts)
            #expect(try kb.review().approvals.valid.isEmpty)
            // A maintainer's signature made, then the maintainer removed from the base.
            _ = try approve(kb, as: Contributor.maintainer, with: maintainer)
            #expect(try kb.review().approvals.isSatisfied)
            let successor = try TestSSHKey.make("ed25519", named: "successor", in: URL(fileURLWithPath: kb.root).deletingLastPathComponent().path)
            try Contributor.maintainer.commit(
                [Settings.fileName: try settings(keys: [("Someone Else", "else@example.org", successor)])],
                on: "main", message: "Hand over", in: kb.root)
            #expect(try kb.review().approvals.valid.isEmpty)
        }
    }

    @Test func withoutKeysApprovalsAreSaidToBeUnauthenticated() throws {
        try AuthoringRepository.withFixture { kb in
            try Contributor.cso.commit(["toolkit/methods/crowdsourcing.md": methodText("crowdsourcing")], on: "proposal", in: kb.root)
            _ = try approve(kb, as: Contributor.maintainer, with: nil)
            let review = try kb.review()
            #expect(!review.approvals.authenticated && review.approvals.isSatisfied)
            #expect(review.text.contains("note: approvals are not authenticated: policylab.yaml names no signing keys"))
        }
    }
}

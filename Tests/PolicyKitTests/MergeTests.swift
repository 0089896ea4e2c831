import Foundation
import GitKit
import Testing

@testable import PolicyKit

@Suite struct MergeTests {
    private func propose(_ kb: AuthoringRepository) throws {
        try Contributor.cso.commit(
            ["toolkit/methods/crowdsourcing.md": methodText("crowdsourcing", title: "Crowdsourcing")],
            on: "proposal", message: "Propose crowdsourcing", in: kb.root)
    }

    @Test func onlyMaintainersApprovalsOfTheCurrentHeadCount() throws {
        try AuthoringRepository.withFixture { kb in
            try propose(kb)
            _ = try kb.repository.resolveCommit("proposal")
            #expect(
                try ApprovalWorkflow(repository: kb.repository).approve("proposal", base: "main", identity: Contributor.cso.signature, signer: nil)
                    .added)
            #expect(try kb.review().approvals.valid.isEmpty)
            #expect(try kb.review().approvals.approvals.map(\.email) == ["eve@cso.example"])
            #expect(
                try ApprovalWorkflow(repository: kb.repository).approve(
                    "proposal", base: "main", identity: Contributor.maintainer.signature, signer: nil
                ).added)
            #expect(
                try !ApprovalWorkflow(repository: kb.repository).approve(
                    "proposal", base: "main", identity: Contributor.maintainer.signature, signer: nil
                ).added)
            let approved = try kb.review().approvals
            #expect(approved.valid.map(\.identity) == ["A Maintainer <maintainer@example.org>"] && approved.isSatisfied)
            // git itself sees the note.
            #expect(
                try kb.git("notes", "--ref", "policylab-approvals", "show", "proposal")
                    == "Approved-by: Eve Activist <eve@cso.example>\nApproved-by: A Maintainer <maintainer@example.org>\n")
            // The branch moves on: the approval stays with the old head.
            try Contributor.cso.commit(
                ["toolkit/methods/crowdsourcing.md": methodText("crowdsourcing", title: "Crowdsourcing ideas")],
                on: "proposal", in: kb.root)
            let moved = try kb.review().approvals
            #expect(moved.approvals.isEmpty && moved.staleApprovals == 2 && !moved.isSatisfied)
        }
    }

    @Test func mergesWithAMergeCommitThatRecordsTheApprovals() throws {
        try AuthoringRepository.withFixture { kb in
            try propose(kb)
            let head = try kb.repository.resolveCommit("proposal")
            let tip = try #require(kb.head)
            #expect(throws: ContributionError.self) {
                try MergeWorkflow(repository: kb.repository).merge("proposal", identity: Contributor.maintainer.signature)
            }
            #expect(kb.head == tip)
            _ = try ApprovalWorkflow(repository: kb.repository).approve(
                "proposal", base: "main", identity: Contributor.maintainer.signature, signer: nil)
            let outcome = try MergeWorkflow(repository: kb.repository).merge("proposal", identity: Contributor.maintainer.signature)
            let commit = try kb.repository.commit(outcome.commit)
            #expect(commit.parents == [tip, head])
            #expect(commit.message == "merge: proposal\n\nApproved-by: A Maintainer <maintainer@example.org>\nPolicylab-Command: merge\n")
            #expect(kb.head == outcome.commit)
            // The working tree and index follow: git status is clean and the new file is there.
            #expect(try kb.git("status", "--porcelain") == "")
            #expect(try kb.read("toolkit/methods/crowdsourcing.md").contains("title: Crowdsourcing"))
            #expect(try kb.git("log", "-1", "--format=%(trailers:key=Approved-by,valueonly)") == "A Maintainer <maintainer@example.org>\n\n")
            #expect(throws: ContributionError.self) {
                try MergeWorkflow(repository: kb.repository).merge("proposal", identity: Contributor.maintainer.signature)
            }
        }
    }

    @Test func refusesAConflictAndWritesNothing() throws {
        try AuthoringRepository.withFixture { kb in
            let original = try kb.read("toolkit/methods/interviews.md")
            try Contributor.cso.commit(
                ["toolkit/methods/interviews.md": original.replacingOccurrences(of: "cost: low", with: "cost: high")],
                on: "proposal", in: kb.root)
            try Contributor.maintainer.commit(
                ["toolkit/methods/interviews.md": original.replacingOccurrences(of: "cost: low", with: "cost: medium")],
                on: "main", in: kb.root)
            _ = try ApprovalWorkflow(repository: kb.repository).approve(
                "proposal", base: "main", identity: Contributor.maintainer.signature, signer: nil)
            let tip = kb.head
            do {
                _ = try MergeWorkflow(repository: kb.repository).merge("proposal", identity: Contributor.maintainer.signature)
                Issue.record("a conflicting merge went through")
            } catch let error as ContributionError {
                #expect(error.description.hasSuffix("conflict: method:interviews (toolkit/methods/interviews.md)"))
            }
            #expect(kb.head == tip)
            #expect(try kb.git("status", "--porcelain") == "")
        }
    }

    @Test func refusesWhenTheWorkingTreeHasChangesToMergedFiles() throws {
        try AuthoringRepository.withFixture { kb in
            try propose(kb)
            _ = try ApprovalWorkflow(repository: kb.repository).approve(
                "proposal", base: "main", identity: Contributor.maintainer.signature, signer: nil)
            try kb.write("my draft\n", to: "toolkit/methods/crowdsourcing.md")
            #expect(
                throws: WriteError.refused(
                    "toolkit/methods/crowdsourcing.md is not committed; commit, stash or move it first, so that nothing of yours is overwritten")
            ) {
                try MergeWorkflow(repository: kb.repository).merge("proposal", identity: Contributor.maintainer.signature)
            }
            #expect(try kb.read("toolkit/methods/crowdsourcing.md") == "my draft\n")
        }
    }
}

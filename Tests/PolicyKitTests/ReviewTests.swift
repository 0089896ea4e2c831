import Foundation
import GitKit
import Testing

@testable import PolicyKit

@Suite struct ReviewTests {
    @Test func listsNewAndChangedRecordsFieldByFieldAndChecksTheMergedKnowledgeBase() throws {
        try AuthoringRepository.withFixture { kb in
            let changed =
                try kb.read("toolkit/methods/interviews.md").replacingOccurrences(of: "status: published", with: "status: retired")
                + "Also by phone.\n"
            try Contributor.cso.commit(
                [
                    "toolkit/methods/crowdsourcing.md": methodText("crowdsourcing", title: "Crowdsourcing"),
                    "toolkit/methods/interviews.md": changed,
                ], on: "proposal", in: kb.root)
            let review = try kb.review()
            #expect(review.isClean)
            #expect(review.commitCount == 1)
            #expect(review.changes.map(\.record) == ["method:crowdsourcing", "method:interviews"])
            #expect(review.changes.map(\.status) == [.added, .modified])
            #expect(review.changes[1].fields == [FieldChange(field: "status", kind: .changed, old: "published", new: "retired")])
            #expect(review.changes[1].body == BodyChange(linesAdded: 1, linesRemoved: 0))
            #expect(review.check.isEmpty && review.policy.isEmpty && review.conflicts.isEmpty)
            #expect(
                review.text.contains(
                    """
                    records:
                      + method:crowdsourcing (toolkit/methods/crowdsourcing.md)
                      ~ method:interviews (toolkit/methods/interviews.md)
                          status: published -> retired
                          body: 1 line added, 0 removed
                    """))
            #expect(review.text.hasSuffix("verdict: ready to merge once approved"))
        }
    }

    @Test func reportsErrorsOfTheMergedKnowledgeBaseOnly() throws {
        try AuthoringRepository.withFixture { kb in
            // Removing a method that projects use breaks references in files the branch never touched.
            try Contributor.cso.commit(["toolkit/methods/workshops.md": nil], on: "proposal", in: kb.root)
            let review = try kb.review()
            #expect(!review.isClean)
            #expect(review.changes.map(\.status) == [.removed])
            #expect(review.check.contains { $0.severity == .error && $0.message.contains("workshops") })
        }
    }

    @Test func flagsAFileOutsideTheKnowledgeBase() throws {
        try AuthoringRepository.withFixture { kb in
            try Contributor.cso.commit(
                [".github/workflows/x.yml": "on: push\n", "policylab.yaml": try kb.read("policylab.yaml") + "\n"],
                on: "proposal", in: kb.root)
            let review = try kb.review()
            #expect(
                review.policy.map(\.description) == [
                    ".github/workflows/x.yml: error: outside the paths a contribution may change (toolkit, projects, lessons; set by review.paths in policylab.yaml)",
                    "policylab.yaml: error: the branch changes the knowledge base settings: only the maintainers in main's policylab.yaml may, so it needs their approval",
                ])
            #expect(!review.isClean)
        }
    }

    @Test func flagsAnIdTheBaseMintedMeanwhile() throws {
        try AuthoringRepository.withFixture { kb in
            try Contributor.cso.commit(
                ["toolkit/methods/crowdsourcing.md": methodText("crowdsourcing", title: "Crowd A")], on: "proposal", in: kb.root)
            try Contributor.maintainer.commit(
                ["toolkit/methods/crowdsourcing.md": methodText("crowdsourcing", title: "Crowd B")], on: "main", in: kb.root)
            let review = try kb.review()
            #expect(
                review.policy.map(\.description) == [
                    "toolkit/methods/crowdsourcing.md: error: method:crowdsourcing is also new on main since this branch forked, as a different record: "
                        + "two contributors minted the same id; rename this one"
                ])
            // Both added the same file differently: git cannot merge them either.
            #expect(review.conflicts.map(\.record) == ["method:crowdsourcing"])
            #expect(!review.isClean)
        }
    }

    @Test func reportsConflictsPerRecord() throws {
        try AuthoringRepository.withFixture { kb in
            let original = try kb.read("toolkit/methods/interviews.md")
            try Contributor.cso.commit(
                ["toolkit/methods/interviews.md": original.replacingOccurrences(of: "cost: low", with: "cost: high")],
                on: "proposal", in: kb.root)
            try Contributor.maintainer.commit(
                ["toolkit/methods/interviews.md": original.replacingOccurrences(of: "cost: low", with: "cost: medium")],
                on: "main", in: kb.root)
            let review = try kb.review()
            #expect(review.conflicts.map(\.record) == ["method:interviews"])
            #expect(review.check.isEmpty)
            #expect(!review.isClean)
            #expect(review.text.contains("  ! method:interviews (toolkit/methods/interviews.md)"))
        }
    }

    @Test func flagsAVerificationForgedBySomeoneElse() throws {
        try AuthoringRepository.withFixture { kb in
            let claim = try kb.read("projects/alpha/impact/timetable-changed.md")
            let verified = String(claim.dropLast(4)) + "verifications:\n  - stakeholder: dft\n    verdict: confirmed\n    on: 2020-04-02\n---\n"
            try Contributor.cso.commit(["projects/alpha/impact/timetable-changed.md": verified], on: "proposal", in: kb.root)
            let forged = try kb.review()
            #expect(forged.policy.count == 1)
            #expect(
                forged.policy.first?.message.hasPrefix(
                    "the verification by stakeholder 'dft' was added or edited by Eve Activist <eve@cso.example> in commit ") == true)
            #expect(!forged.isClean)
            // The stakeholder themselves (their contact address) may record it, and so may a maintainer.
            try Contributor.department.commit(["projects/alpha/impact/timetable-changed.md": verified], on: "genuine", in: kb.root)
            #expect(try kb.review("genuine").policy.isEmpty)
            try Contributor.maintainer.commit(["projects/alpha/impact/timetable-changed.md": verified], on: "by-maintainer", in: kb.root)
            #expect(try kb.review("by-maintainer").policy.isEmpty)
        }
    }

    @Test func flagsRestrictedEvidenceMadePublic() throws {
        try AuthoringRepository.withFixture { kb in
            let evidence = try kb.read("projects/alpha/evidence/field-notes.md").replacingOccurrences(
                of: "access: restricted", with: "access: public")
            try Contributor.cso.commit(["projects/alpha/evidence/field-notes.md": evidence], on: "proposal", in: kb.root)
            #expect(
                try kb.review().policy.map(\.description) == [
                    "projects/alpha/evidence/field-notes.md: error: access: restricted -> public: evidence restricted until now is made public; only the lab may publish it, after checking it can be"
                ])
        }
    }

    @Test func flagsLargeFiles() throws {
        try AuthoringRepository.withFixture { kb in
            let big = String(repeating: "x", count: (1 << 20) + 1)
            try Contributor.cso.commit(["toolkit/methods/huge.md": methodText("huge", body: big)], on: "proposal", in: kb.root)
            let review = try kb.review()
            #expect(review.policy.map(\.message).contains { $0.hasPrefix("large file: ") && $0.contains("over the 1 MiB allowed here") })
            #expect(!review.isClean)
        }
    }
}

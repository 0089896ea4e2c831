import Foundation
import GitKit
import Testing

@testable import PolicyKit

/// A claim from draft to verified through the authoring workflow, with every derived status on the way.
@Suite("Impact verification workflow")
struct VerificationFlowTests {
    func status(_ kb: AuthoringRepository, _ claim: String) throws -> ClaimStatus {
        let base = try kb.knowledgeBase()
        let parts = claim.split(separator: "/").map(String.init)
        let found = try #require(base.claim(rid(parts[0]), rid(parts[1])))
        return found.status(in: base.project(found.project), settings: base.settings)
    }

    @Test func fromClaimToVerifiedStaleAndRestored() throws {
        try AuthoringRepository.withFixture { (kb) throws in
            var claim = NewClaim(
                project: rid("alpha"), id: rid("ridership-up"), statement: "Ridership on route 7 rose by 12% in 2020.", kind: .serviceChange)
            claim.evidence = [rid("panel-report")]
            try kb.apply(claim)
            #expect(try status(kb, "alpha/ridership-up") == .unverified)

            try kb.apply(
                VerificationRequestAddition(claim: try RecordSelector.claim("alpha/ridership-up"), stakeholder: rid("dft")).with {
                    $0.on = Day("2020-05-01")!
                })
            #expect(try status(kb, "alpha/ridership-up") == .pending)

            // The lab's own confirmation is not enough: verification needs someone outside the lab.
            try kb.apply(
                VerificationAddition(
                    claim: try RecordSelector.claim("alpha/ridership-up"), stakeholder: rid("lab-team"), verdict: .confirmed,
                    recordedBy: "Ada Lovelace <ada@example.org>"))
            #expect(try status(kb, "alpha/ridership-up") == .pending)

            try kb.apply(
                VerificationAddition(
                    claim: try RecordSelector.claim("alpha/ridership-up"), stakeholder: rid("dft"), verdict: .confirmed,
                    recordedBy: "Ada Lovelace <ada@example.org>"))
            #expect(try status(kb, "alpha/ridership-up") == .verified)
            let file = try kb.read("projects/alpha/impact/ridership-up.md")
            #expect(file.contains("  - stakeholder: dft\n    verdict: confirmed\n"))
            #expect(file.contains("    statement_sha256: \(SHA256.ofStatement("Ridership on route 7 rose by 12% in 2020."))\n"))

            // Edited by hand and committed: stale. Restored: verified again.
            let edited = file.replacingOccurrences(of: "rose by 12%", with: "rose by 20%")
            try kb.write(edited, to: "projects/alpha/impact/ridership-up.md")
            _ = try kb.git("commit", "-qam", "edit the statement")
            #expect(try status(kb, "alpha/ridership-up") == .stale)
            try kb.write(file, to: "projects/alpha/impact/ridership-up.md")
            _ = try kb.git("commit", "-qam", "restore the statement")
            #expect(try status(kb, "alpha/ridership-up") == .verified)

            // A later dispute by the same stakeholder wins; the file keeps both verdicts.
            try kb.apply(
                VerificationAddition(
                    claim: try RecordSelector.claim("alpha/ridership-up"), stakeholder: rid("dft"), verdict: .disputed,
                    recordedBy: "Ada Lovelace <ada@example.org>"))
            #expect(try status(kb, "alpha/ridership-up") == .disputed)
            #expect(try kb.read("projects/alpha/impact/ridership-up.md").components(separatedBy: "stakeholder: dft\n    verdict:").count == 3)

            // Withdrawing the dispute brings the confirmation back.
            try kb.apply(VerificationWithdrawal(claim: try RecordSelector.claim("alpha/ridership-up"), stakeholder: rid("dft"), what: .verdict))
            #expect(try status(kb, "alpha/ridership-up") == .verified)
            _ = try kb.git("fsck", "--strict")
        }
    }

    @Test func badVerificationInputIsAUsageError() throws {
        try AuthoringRepository.withFixture { (kb) throws in
            #expect(
                throws: WriteError.usage(
                    "\(input: .stakeholder): 'dtf' is not a stakeholder of project 'alpha' (did you mean 'dft'?) (its stakeholders: dft, lab-team, riders)"
                )
            ) {
                try kb.apply(
                    VerificationAddition(
                        claim: try RecordSelector.claim("alpha/timetable-changed"), stakeholder: rid("dtf"), verdict: .confirmed,
                        recordedBy: "A <a@b.c>"))
            }
            #expect(throws: WriteError.usage("\(input: .stakeholder): 'dft' was already asked on 2020-04-01 and has not answered yet")) {
                try kb.apply(VerificationRequestAddition(claim: try RecordSelector.claim("alpha/timetable-changed"), stakeholder: rid("dft")))
            }
            var claim = NewClaim(project: rid("beta"), id: rid("x"), statement: "40 events were held.", kind: .participation)
            claim.evidence = [rid("panel-report")]
            #expect(
                throws: WriteError.usage(
                    "\(input: .evidence): project 'beta' has no evidence 'panel-report' (it belongs to project 'alpha'; a claim cites its own project's evidence)"
                )
            ) {
                try kb.apply(claim)
            }
            #expect(throws: WriteError.usage("\(input: .claim): no record 'claim:alpha/nope'")) {
                try kb.apply(
                    VerificationAddition(
                        claim: try RecordSelector.claim("alpha/nope"), stakeholder: rid("dft"), verdict: .confirmed, recordedBy: "A <a@b.c>"))
            }
        }
    }

    @Test func recordedOnBehalfUnlessTheStakeholderRecordedIt() throws {
        let project = try #require(try Support.knowledgeBase().project(rid("alpha")))
        func verification(by recorder: String?) -> Verification {
            Verification(
                stakeholder: Located(rid("dft"), at: nil), verdict: .confirmed, on: nil, note: nil, recordedBy: recorder, statementSHA256: nil)
        }
        #expect(verification(by: "DfT Policy <POLICY@dft.example>").isRecordedOnBehalf(in: project) == false)
        #expect(verification(by: "Ada Lovelace <ada@example.org>").isRecordedOnBehalf(in: project) == true)
        #expect(verification(by: nil).isRecordedOnBehalf(in: project) == true)
    }
}

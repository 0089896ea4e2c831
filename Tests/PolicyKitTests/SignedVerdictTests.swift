import Foundation
import GitKit
import Testing

@testable import PolicyKit

/// A stakeholder with a `signing_key` confirms a claim only by signing it; review judges a branch's
/// verdicts by the base's keys.
@Suite struct SignedVerdictTests {
    static let claim = "alpha/timetable-changed"

    /// The fixture with the DfT's key on their stakeholder entry, committed on main.
    private func withKeyedStakeholder(_ body: (AuthoringRepository, _ dft: TestSSHKey, _ other: TestSSHKey) throws -> Void) throws {
        try AuthoringRepository.withFixture { kb in
            let keys = URL(fileURLWithPath: kb.root).deletingLastPathComponent().path
            let dft = try TestSSHKey.make("ed25519", named: "dft", in: keys)
            let other = try TestSSHKey.make("ed25519", named: "other", in: keys)
            let project = try kb.read("projects/alpha/project.md").replacingOccurrences(
                of: "    contact: policy@dft.example\n", with: "    contact: policy@dft.example\n    signing_key: \"\(try dft.publicKeyText)\"\n")
            try Contributor.maintainer.commit(["projects/alpha/project.md": project], on: "main", message: "The DfT signs its verdicts", in: kb.root)
            try body(kb, dft, other)
        }
    }

    private func status(_ kb: AuthoringRepository) throws -> ClaimStatus {
        let base = try kb.knowledgeBase()
        let found = try #require(base.claim(rid("alpha"), rid("timetable-changed")))
        return found.status(in: base.project(found.project), settings: base.settings)
    }

    private func verify(_ kb: AuthoringRepository, signedWith key: TestSSHKey?, note: String? = nil) throws {
        var change = VerificationAddition(
            claim: try RecordSelector.claim(Self.claim), stakeholder: rid("dft"), verdict: .confirmed, recordedBy: "Ada Lovelace <ada@example.org>")
        change.note = note
        change.signer = key.map { SSHSigner(key: .file($0.path), environment: ["PATH": "/usr/bin:/bin"]) }
        try kb.apply(change)
    }

    @Test func onlyASignedConfirmationCounts() throws {
        try withKeyedStakeholder { kb, dft, _ in
            try verify(kb, signedWith: nil)
            #expect(try status(kb) == .pending, "their unsigned word does not count")
            #expect(
                try Support.check(kb.root).contains {
                    $0.hasSuffix("warning: verification by 'dft' is not signed with their signing_key, so it does not count")
                })
            try verify(kb, signedWith: dft, note: "Confirmed in writing")
            #expect(try status(kb) == .verified)
            let knowledgeBase = try kb.knowledgeBase()
            let shown = RecordPage(
                record: .claim(try #require(knowledgeBase.claim(rid("alpha"), rid("timetable-changed")))), knowledgeBase: knowledgeBase
            ).text()
            #expect(shown.contains("signed by dft's key \(try dft.fingerprint)"), "\(shown)")
            // Editing the signed note by hand breaks the signature: the confirmation no longer counts.
            let file = try kb.read("projects/alpha/impact/timetable-changed.md")
            try kb.write(
                file.replacingOccurrences(of: "Confirmed in writing", with: "Confirmed, and more"), to: "projects/alpha/impact/timetable-changed.md")
            _ = try kb.git("commit", "-qam", "edit the note")
            #expect(try status(kb) == .pending)
        }
    }

    @Test func aVerdictSignedWithAnotherKeyIsRefused() throws {
        try withKeyedStakeholder { kb, _, other in
            #expect(throws: WriteError.self) { try verify(kb, signedWith: other) }
        }
    }

    @Test func reviewAcceptsTheStakeholdersSignatureWhoeverCommitsAndRefusesTheirUnsignedWord() throws {
        try withKeyedStakeholder { kb, dft, _ in
            try kb.git("switch", "-q", "-c", "signed")
            try verify(kb, signedWith: dft)
            try kb.git("switch", "-q", "-c", "unsigned", "main")
            try verify(kb, signedWith: nil)
            try kb.git("switch", "-q", "main")
            // The commits are by the test's identity, neither the DfT's contact nor a maintainer.
            #expect(try kb.review("signed").policy.isEmpty)
            #expect(
                try kb.review("unsigned").policy.map(\.description) == [
                    "projects/alpha/impact/timetable-changed.md: error: the verification by stakeholder 'dft' is not signed by their signing_key "
                        + "(\(try dft.fingerprint)) in projects/alpha/project.md on main"
                ])
        }
    }
}

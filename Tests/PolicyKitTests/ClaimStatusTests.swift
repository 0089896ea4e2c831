import Testing

@testable import PolicyKit

/// A claim's status is derived: unverified, pending, verified (enough confirmations, one at
/// least from outside the lab), disputed, or stale (the statement changed after it was verified).
@Suite struct ClaimStatusTests {
    static let path = "projects/alpha/impact/timetable-changed.md"
    static let statement = "The council changed 2 rural bus timetables after the panels."

    /// The fixture's claim with `statement`, requests and verifications (stakeholder, verdict,
    /// statement the stakeholder saw).
    static func claim(
        statement: String = statement, requested: [String] = [],
        verifications: [(String, String, String)] = []
    ) -> String {
        var text = "---\nid: timetable-changed\nstatement: \"\(statement)\"\nkind: service-change\nevidence: [panel-report]\n"
        if !requested.isEmpty {
            text += "requested:\n" + requested.map { "  - stakeholder: \($0)\n    on: 2020-04-01\n" }.joined()
        }
        if !verifications.isEmpty {
            text +=
                "verifications:\n"
                + verifications.map { stakeholder, verdict, seen in
                    "  - stakeholder: \(stakeholder)\n    verdict: \(verdict)\n    on: 2020-04-10\n    recorded_by: Ada <ada@example.org>\n"
                        + "    statement_sha256: \(SHA256.ofStatement(seen))\n"
                }.joined()
        }
        return text + "---\n"
    }

    static func status(_ claimText: String, settings: String? = nil) throws -> ClaimStatus {
        var changes = [path: claimText]
        if let settings { changes["policylab.yaml"] = settings }
        let kb = try Support.knowledgeBase(afterChanging: changes)
        let claim = try #require(kb.claims.first { $0.id.rawValue == "timetable-changed" })
        return claim.status(in: kb.project(claim.project), settings: kb.settings)
    }

    @Test func sha256MatchesKnownVectors() {
        #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        // The statement's digest ignores surrounding white space, as records.md defines it.
        #expect(SHA256.ofStatement("  abc\n\t") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.ofStatement("a bc") != SHA256.ofStatement("abc"))
    }

    @Test func unverifiedWhenNobodyWasAsked() throws {
        #expect(try Self.status(Self.claim()) == .unverified)
    }

    @Test func pendingWhenAskedAndNotAnswered() throws {
        #expect(try Self.status(Self.claim(requested: ["dft"])) == .pending)
        // A partial confirmation is an answer, not a confirmation.
        #expect(try Self.status(Self.claim(requested: ["dft"], verifications: [("dft", "partly", Self.statement)])) == .pending)
    }

    @Test func verifiedByAStakeholderOutsideTheLab() throws {
        #expect(try Self.status(Self.claim(requested: ["dft"], verifications: [("dft", "confirmed", Self.statement)])) == .verified)
        #expect(try Self.status(Self.claim(verifications: [("riders", "confirmed", Self.statement)])) == .verified)
    }

    @Test func theLabAloneDoesNotVerify() throws {
        #expect(try Self.status(Self.claim(verifications: [("lab-team", "confirmed", Self.statement)])) == .pending)
        let twoNeeded = try String(contentsOfFile: Support.fixture("valid-kb") + "/policylab.yaml", encoding: .utf8)
            .replacingOccurrences(of: "required_confirmations: 1", with: "required_confirmations: 2")
        #expect(
            try Self.status(
                Self.claim(verifications: [("lab-team", "confirmed", Self.statement), ("dft", "confirmed", Self.statement)]),
                settings: twoNeeded) == .verified)
        #expect(try Self.status(Self.claim(verifications: [("dft", "confirmed", Self.statement)]), settings: twoNeeded) == .pending)
    }

    @Test func disputedByAnyCurrentDispute() throws {
        #expect(
            try Self.status(Self.claim(verifications: [("dft", "confirmed", Self.statement), ("riders", "disputed", Self.statement)])) == .disputed)
        // A later answer from the same stakeholder replaces the earlier one.
        #expect(
            try Self.status(Self.claim(verifications: [("riders", "disputed", Self.statement), ("riders", "confirmed", Self.statement)])) == .verified
        )
        #expect(
            try Self.status(Self.claim(verifications: [("riders", "confirmed", Self.statement), ("riders", "disputed", Self.statement)])) == .disputed
        )
    }

    @Test func staleWhenTheStatementChangedAndVerifiedAgainWhenRestored() throws {
        let original = Self.claim(verifications: [("dft", "confirmed", Self.statement)])
        #expect(try Self.status(original) == .verified)
        try Support.expectFindings(afterChanging: [Self.path: original], [])

        let edited = Self.claim(
            statement: "The council changed 5 rural bus timetables after the panels.",
            verifications: [("dft", "confirmed", Self.statement)])
        #expect(try Self.status(edited) == .stale)
        try Support.expectFindings(
            afterChanging: [Self.path: edited],
            [
                "\(Self.path):7:18: warning: verification by 'dft' is stale: the statement changed after it was given"
            ])

        // Only surrounding white space changed: still the same statement.
        let padded = Self.claim(statement: "  \(Self.statement) ", verifications: [("dft", "confirmed", Self.statement)])
        #expect(try Self.status(padded) == .verified)

        let restored = Self.claim(statement: Self.statement, verifications: [("dft", "confirmed", Self.statement)])
        #expect(try Self.status(restored) == .verified)
        try Support.expectFindings(afterChanging: [Self.path: restored], [])
    }

    @Test func aDisputeOfAnOlderStatementIsStaleNotCurrent() throws {
        let text = Self.claim(verifications: [("riders", "disputed", "An older wording."), ("dft", "confirmed", Self.statement)])
        #expect(try Self.status(text) == .verified)
        let onlyOld = Self.claim(verifications: [("riders", "disputed", "An older wording.")])
        #expect(try Self.status(onlyOld) == .stale)
    }

    @Test func verificationsNeedTheStatementDigest() throws {
        let text = """
            ---
            id: timetable-changed
            statement: The council changed 2 rural bus timetables after the panels.
            kind: service-change
            evidence: [panel-report]
            verifications:
              - stakeholder: dft
                verdict: confirmed
              - stakeholder: riders
                verdict: confirmed
                statement_sha256: abc123
              - stakeholder: lab-team
                verdict: approved
                statement_sha256: \(SHA256.ofStatement(Self.statement))
            ---

            """
        try Support.expectFindings(
            afterChanging: [Self.path: text],
            [
                "\(Self.path):7:18: error: verification by 'dft' has no 'statement_sha256' (the SHA-256 of the statement it confirmed)",
                "\(Self.path):9:18: error: verification by 'riders' has a malformed 'statement_sha256' (expected 64 hex digits)",
                "\(Self.path):13:14: error: unknown verdict 'approved' (expected confirmed, partly, disputed)",
            ])
    }

    @Test func statusesAreListedAndShown() throws {
        let kb = try Support.knowledgeBase(afterChanging: [Self.path: Self.claim(verifications: [("dft", "confirmed", Self.statement)])])
        let verified = try RecordFilter(status: "verified").records(of: .claim, in: kb)
        #expect(verified.map(\.reference) == ["claim:alpha/timetable-changed"])
        #expect(try RecordFilter(status: "pending").records(of: .claim, in: kb).isEmpty)
        let claim = try #require(kb.claims.first)
        #expect(RecordLinks(of: .claim(claim), in: kb).claimStatus == .verified)
    }
}

import Testing

@testable import PolicyKit

/// Parity of facts between a source and its translation, in both directions, and the digest.
@Suite struct TranslationParityTests {
    func differences(_ english: String, _ french: String) -> [String] {
        ParityDifference.between(
            source: [TranslatableText(key: "summary", text: english)], sourceLanguage: "en",
            translation: [TranslatableText(key: "summary", text: french)], language: "fr"
        ).map(\.message)
    }

    @Test func theCanadianTrackerDriftIsCaughtInBothDirections() {
        // The real drift of a national tracker: "Budget 2021 ... by 2025" against "budget 2022 ... d'ici la fin de 2023".
        #expect(
            differences(
                "Funding announced in Budget 2021 to deliver the service by 2025.",
                "Financement annoncé dans le budget 2022 pour offrir le service d'ici la fin de 2023.") == [
                    "parity: 'summary': the source has the year 2021, the year 2025, the translation does not; the translation has the year 2022, the year 2023, the source does not"
                ])
        #expect(
            differences("135 participants in 5 sessions.", "153 participants en 5 sessions.") == [
                "parity: 'summary': the source has the number 135 where the translation has the number 153"
            ])
        // An ISO date written out is a difference to look at (an ordinal such as "1er" is a word, not a number).
        #expect(
            differences("Published on 2019-03-01.", "Publié le 1er mars 2019.") == [
                "parity: 'summary': the source has the date 2019-03-01, the translation does not; the translation has the year 2019, the source does not"
            ])
        #expect(
            differences("See https://open.canada.ca/en/page and method:co-design.", "Voir https://open.canada.ca/fr/page et method:co-design.") == [
                "parity: 'summary': the source has the URL https://open.canada.ca/en/page where the translation has the URL https://open.canada.ca/fr/page"
            ])
        #expect(
            differences("Reported annually.", "Rapport (annuel), 12 fois.") == [
                "parity: 'summary': the translation has the number 12, the source does not"
            ])
    }

    @Test func theSameFactsWrittenTheFrenchWayAreEqual() {
        #expect(
            differences(
                "1,000 people, 2.5 days, 50% of them, £3,500 and 12.5 per cent; see lesson:start-early (2016-2018).",
                "1 000 personnes, 2,5 jours, 50 % d'entre elles, 3 500 £ et 12,5 pour cent ; voir lesson:start-early (2016-2018).") == [])
        #expect(ParityToken.tokens(in: "50 %", language: "fr") == [ParityToken(kind: .percentage, value: "50%")])
        #expect(ParityToken.tokens(in: "£3,500", language: "en") == [ParityToken(kind: .amount, value: "3500")])
        #expect(ParityToken.tokens(in: "CA0061 and 20.1.1", language: "en") == [ParityToken(kind: .number, value: "20.1.1")])
        // A number glued to letters is a code or a word, in whole: never a piece of it.
        #expect(ParityToken.tokens(in: "[31m 2nd 1er x64", language: "en") == [])
    }

    @Test func theDigestIsTheDocumentedSerialisation() throws {
        let method = Method(
            id: rid("m"), title: " A method ", summary: "Line one\r\nline two", phases: [.discover], status: .published,
            timeNeeded: nil, participants: "", cost: .low, level: [], related: [], supersedes: [], aliases: [],
            sources: [Method.Source(title: "A source", link: "https://example.org")], updated: nil,
            source: RecordSource(path: "toolkit/methods/m.md", body: "\n## When to use it\nOften.\n\n"))
        let expected = "title\n8\nA method\nsummary\n17\nLine one\nline two\nsources.1.title\n8\nA source\nbody\n24\n## When to use it\nOften.\n"
        #expect(TranslationDigest.serialisation(of: Record.method(method).translatableTexts) == Array(expected.utf8))
        #expect(TranslationDigest.of(.method(method)) == SHA256.hex(Array(expected.utf8)))
        // Structural fields are not in it.
        var changed = method
        changed.status = .retired
        changed.cost = .high
        changed.sources[0].link = "https://example.org/other"
        #expect(TranslationDigest.of(.method(changed)) == TranslationDigest.of(.method(method)))
        changed.sources[0].title = "Another source"
        #expect(TranslationDigest.of(.method(changed)) != TranslationDigest.of(.method(method)))
    }

    @Test func aClaimIsVerifiedInFrenchOnlyWhileItsTranslationIsCurrentAndParityClean() throws {
        let verified = ClaimStatusTests.claim(requested: ["dft"], verifications: [("dft", "confirmed", ClaimStatusTests.statement)])
        try Bilingual.withKB { (root: String) throws in
            try Support.write([Bilingual.claimPath: verified], under: root)
            let digest = try Bilingual.digest(Bilingual.claimPath, in: root)
            func verifiedInFrench(_ translation: String?) throws -> (en: Bool, fr: Bool) {
                if let translation { try Support.write([Bilingual.claimTranslation: translation], under: root) }
                let kb = try Support.load(root).knowledgeBase
                let claim = try #require(kb.claim(rid("alpha"), rid("timetable-changed")))
                return (kb.isVerified(claim, in: "en"), kb.isVerified(claim, in: "fr"))
            }
            #expect(try verifiedInFrench(nil) == (true, false), "missing")
            #expect(
                try verifiedInFrench(Bilingual.claim("Le conseil a modifié 2 horaires de bus ruraux après les panels.", digest: digest)) == (
                    true, true
                ))
            #expect(
                try verifiedInFrench(Bilingual.claim("Le conseil a modifié 3 horaires de bus ruraux après les panels.", digest: digest)) == (
                    true, false
                ),
                "parity")
            #expect(
                try verifiedInFrench(
                    Bilingual.claim("Le conseil a modifié 2 horaires de bus ruraux après les panels.", digest: String(repeating: "a", count: 64)))
                    == (true, false), "stale")
        }
    }
}

import Foundation
import Testing

@testable import PolicyKit

/// `check` on translation files: bad input gets an error naming file and line, drift a warning.
@Suite struct TranslationCheckTests {
    static let french = "Le conseil a modifié 2 horaires de bus ruraux après les panels."

    @Test func aCurrentParityCleanTranslationHasNoFinding() throws {
        try Bilingual.withKB { (root: String) throws in
            let digest = try Bilingual.digest(Bilingual.claimPath, in: root)
            try Support.write([Bilingual.claimTranslation: Bilingual.claim(Self.french, digest: digest)], under: root)
            #expect(try Bilingual.translationFindings(root) == [])
            let kb = try Support.load(root).knowledgeBase
            #expect(kb.translations.map(\.path) == [Bilingual.claimTranslation])
            #expect(kb.recordCount == (try Support.load(root).knowledgeBase.allRecords.count))
            #expect(!kb.allRecords.contains { $0.source.path.hasSuffix(".fr.md") }, "a translation is not a record of its own")
        }
    }

    @Test func badInputsGetErrorsWithFileAndLine() throws {
        try Bilingual.withKB { (root: String) throws in
            try Support.write(
                [
                    "lessons/no-such-lesson.fr.md": "---\ntranslation_of: \(String(repeating: "a", count: 64))\ntitle: Rien\n---\n",
                    Bilingual.claimTranslation:
                        "---\ntranslation_of: 12ab\nid: timetable-changed\nstatus: verified\nstatement: \"\(Self.french)\"\nevidence: [panel-report]\ncolour: blue\n---\n",
                    "toolkit/methods/interviews.de.md": "---\ntranslation_of: \(String(repeating: "b", count: 64))\ntitle: Interviews\n---\n",
                    "toolkit/methods/workshops.en.md": "---\ntranslation_of: \(String(repeating: "c", count: 64))\ntitle: Workshops\n---\n",
                ], under: root)
            let structural =
                "must not be in a translation: structural fields (ids, dates, statuses, references, access, contacts) live only in the source record"
            let findings = try Support.check(root).filter { $0.contains(".fr.md:") || $0.contains(".de.md:") || $0.contains(".en.md:") }
            #expect(
                findings == [
                    "lessons/no-such-lesson.fr.md:1:1: error: translation of nothing: there is no lesson:no-such-lesson (lessons/no-such-lesson.md)",
                    "projects/alpha/impact/timetable-changed.fr.md:2:17: error: 'translation_of' must be the SHA-256 of the source's translatable text (64 lowercase hex digits), not '12ab'",
                    "projects/alpha/impact/timetable-changed.fr.md:3:5: error: 'id' \(structural)",
                    "projects/alpha/impact/timetable-changed.fr.md:4:9: error: 'status' \(structural)",
                    "projects/alpha/impact/timetable-changed.fr.md:6:11: error: 'evidence' \(structural)",
                    "projects/alpha/impact/timetable-changed.fr.md:7:9: error: unknown key 'colour' in a translation of claim (it may hold translation_of, statement)",
                    "toolkit/methods/interviews.de.md:1:1: error: a translation into 'de', a language policylab.yaml does not list (languages: [en, fr]): add it to 'languages' or remove the file",
                    "toolkit/methods/workshops.en.md:1:1: error: a translation into 'en', the language the records are written in (the first of languages: [en, fr] in policylab.yaml)",
                ])
        }
    }

    @Test func aFrenchFileInAnEnglishOnlyKnowledgeBaseIsAnError() throws {
        try Bilingual.withKB(settings: "") { (root: String) throws in
            try Support.write([Bilingual.claimTranslation: Bilingual.claim(Self.french, digest: String(repeating: "a", count: 64))], under: root)
            #expect(
                try Support.check(root) == [
                    "projects/alpha/impact/timetable-changed.fr.md:1:1: error: a translation into 'fr', a language policylab.yaml does not list (languages: [en]): add it to 'languages' or remove the file"
                ])
        }
    }

    @Test func anEnglishOnlyKnowledgeBaseChecksExactlyAsBefore() throws {
        // The fixture has no finding without languages, and `languages: [en]` is the same knowledge base.
        let before = try Bilingual.withKB(settings: "") { root in try Support.check(root) }
        #expect(before == [])
        try Bilingual.withKB(settings: "languages: [en]\n") { (root: String) throws in
            #expect(try Support.check(root) == [])
            #expect(try Support.load(root).knowledgeBase.settings.translationLanguages == [])
        }
    }

    @Test func listsMustMatchTheSourceAndTextsMustExistInIt() throws {
        try Bilingual.withKB { (root: String) throws in
            let digest = try Bilingual.digest(Bilingual.projectPath, in: root)
            try Support.write(
                [
                    Bilingual.projectPath.replacingOccurrences(of: ".md", with: ".fr.md"): """
                    ---
                    translation_of: \(digest)
                    title: "Démonstrateur Alpha"
                    summary: "Trois panels citoyens sur les transports locaux, avec un rapport publié d'ici mars 2020."
                    challenge: "Une question que la source n'a pas"
                    stakeholders:
                      nobody:
                        role: "Personne"
                      dft:
                        contact: someone@example.org
                    milestones:
                      - title: "Publier le rapport des panels"
                      - title: "Un jalon de trop"
                    ---
                    ## Contexte
                    Les bus en zone rurale.

                    """
                ], under: root)
            #expect(
                try Bilingual.translationFindings(root) == [
                    "projects/alpha/project.fr.md:1:1: warning: 'commissioner' is not translated (projects/alpha/project.md has it)",
                    "projects/alpha/project.fr.md:5:12: error: 'challenge' translates nothing: projects/alpha/project.md has no such text",
                    "projects/alpha/project.fr.md:8:11: error: 'stakeholders.nobody.role' translates nothing: projects/alpha/project.md has no such text",
                    "projects/alpha/project.fr.md:10:14: error: 'stakeholders.dft.contact' must not be in a translation: structural fields live only in the source record",
                    "projects/alpha/project.fr.md:12:3: error: 'milestones' has 2 entries and the source 1: a translation lists the source's entries in the same order",
                ])
        }
    }

    @Test func markersAndUntranslatedCopiesWarn() throws {
        try Bilingual.withKB { (root: String) throws in
            let digest = try Bilingual.digest(Bilingual.claimPath, in: root)
            let copy = "The council changed 2 rural bus timetables after the panels."
            try Support.write(
                [
                    Bilingual.claimTranslation: Bilingual.claim(copy, digest: digest),
                    "toolkit/methods/interviews.fr.md": """
                    ---
                    translation_of: \(try Bilingual.digest("toolkit/methods/interviews.md", in: root))
                    title: "Entretiens approfondis (g translate)"
                    summary: "[MT] Des conversations individuelles qui révèlent comment les gens vivent un domaine de politique publique."
                    ---
                    [to translate]

                    ## Quand l'utiliser
                    Tôt, avant que le problème ne soit cadré.

                    """,
                ], under: root)
            #expect(
                try Bilingual.translationFindings(root) == [
                    "projects/alpha/impact/timetable-changed.fr.md:3:12: warning: 'statement' is the source's text, untranslated",
                    "toolkit/methods/interviews.fr.md:3:8: warning: 'title' still holds the marker '(g translate)': translate the text and remove it",
                    "toolkit/methods/interviews.fr.md:4:10: warning: 'summary' still holds the marker '[mt]': translate the text and remove it",
                    "toolkit/methods/interviews.fr.md:6:1: warning: 'body' still holds the marker '[to translate]': translate the text and remove it",
                ])
        }
    }

    @Test func aMissingTranslationOfAPublishedRecordWarnsOrFailsByLanguage() throws {
        let expected = [
            "lessons/start-early.md", "projects/alpha/evidence/panel-report.md", "projects/alpha/impact/timetable-changed.md",
            "projects/alpha/project.md", "projects/beta/evidence/survey.md", "projects/beta/project.md", "toolkit/methods/interviews.md",
            "toolkit/methods/workshops.md",
        ]
        try Bilingual.withKB { (root: String) throws in
            let findings = try Support.check(root)
            #expect(findings == expected.map { "\($0): warning: no French translation (expected \($0.dropLast(3)).fr.md)" })
        }
        try Bilingual.withKB(settings: Bilingual.settingsLine + "missing_translations:\n  fr: error\n") { (root: String) throws in
            let findings = try Support.check(root)
            #expect(findings == expected.map { "\($0): error: no French translation (expected \($0.dropLast(3)).fr.md)" })
        }
    }

    @Test func vagueCommitmentsOfATranslationAreJudgedInItsLanguage() throws {
        try Bilingual.withKB { (root: String) throws in
            let digest = try Bilingual.digest(Bilingual.claimPath, in: root)
            try Support.write(
                [Bilingual.claimTranslation: Bilingual.claim("Promouvoir une culture de la participation.", digest: digest)], under: root)
            let vague = try Bilingual.translationFindings(root).filter { $0.contains("vague") }
            #expect(vague.count == 1)
            #expect(
                vague.first?.hasPrefix(
                    "projects/alpha/impact/timetable-changed.fr.md:3:12: warning: vague commitment: statement: ni nombre, ni date, ni livrable")
                    == true,
                "\(vague)")
        }
    }

    @Test func hostileTranslationFilesGetPreciseFindings() throws {
        try Bilingual.withKB { (root: String) throws in
            try FileManager.default.createSymbolicLink(atPath: root + "/lessons/start-early.fr.md", withDestinationPath: "/etc/passwd")
            try Support.write(
                [
                    Bilingual.claimTranslation: "---\ntranslation_of: [1]\nstatement: \"Le conseil\\u001b[31m\"\n---\n",
                    "projects/alpha/project.fr.md":
                        "---\ntranslation_of: \(String(repeating: "a", count: 64))\nmilestones: 3\nstakeholders: [dft]\n---\n",
                    "toolkit/methods/interviews.fr.md": "---\ntitle: \"A\"\ntitle: \"B\"\n---\n",
                ], under: root)
            let findings = try Support.check(root).filter { $0.contains(".fr.md") && !$0.contains("expected") }
            #expect(
                findings == [
                    "lessons/start-early.fr.md: error: symbolic link is not followed (store the file itself in the repository)",
                    "projects/alpha/impact/timetable-changed.fr.md:2:17: error: 'translation_of' must be text",
                    "projects/alpha/impact/timetable-changed.fr.md:3:12: error: 'statement' holds escape (U+001B): remove it (control characters can hide text on a terminal and break feeds and pages)",
                    "projects/alpha/impact/timetable-changed.fr.md:3:12: warning: parity: 'statement': the source has the number 2, the translation does not",
                    "projects/alpha/project.fr.md:1:1: warning: 'body' is not translated (projects/alpha/project.md has it)",
                    "projects/alpha/project.fr.md:1:1: warning: 'commissioner' is not translated (projects/alpha/project.md has it)",
                    "projects/alpha/project.fr.md:1:1: warning: 'milestones.1.title' is not translated (projects/alpha/project.md has it)",
                    "projects/alpha/project.fr.md:1:1: warning: 'summary' is not translated (projects/alpha/project.md has it)",
                    "projects/alpha/project.fr.md:1:1: warning: 'title' is not translated (projects/alpha/project.md has it)",
                    "projects/alpha/project.fr.md:2:17: warning: stale: projects/alpha/project.md changed since this translation (translation_of aaaaaaaaaaaa, now \(String(try Bilingual.digest(Bilingual.projectPath, in: root).prefix(12))))",
                    "projects/alpha/project.fr.md:3:13: error: 'milestones' must be a list with one entry per entry of the source, in the same order",
                    "projects/alpha/project.fr.md:4:15: error: 'stakeholders' must be a mapping from the source's stakeholders ids to their translated text",
                    "toolkit/methods/interviews.fr.md:3:1: error: duplicate key 'title' (each key may appear once; the first is at line 2)",
                ], "\(findings)")
        }
    }
}

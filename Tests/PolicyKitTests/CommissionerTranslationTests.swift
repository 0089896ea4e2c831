import Foundation
import PolicylabTestSupport
import Testing

@testable import PolicyKit

/// A project's `commissioner` is translatable (a department has an official French name): read in
/// French, hashed in `translation_of`, and checked like any other text.
@Suite struct CommissionerTranslationTests {
    static func translation(digest: String, commissioner: String?) -> String {
        "---\ntranslation_of: \(digest)\ntitle: \"Démonstrateur Alpha\"\n"
            + (commissioner.map { "commissioner: \"\($0)\"\n" } ?? "")
            + "summary: \"Trois panels citoyens sur les transports locaux, avec un rapport publié d'ici mars 2020.\"\n"
            + "milestones:\n  - title: \"Publier le rapport des panels\"\n---\n## Contexte\nLes bus en zone rurale.\n"
    }

    @Test func theFrenchProjectHasTheFrenchCommissioner() throws {
        try Bilingual.withKB { (root: String) throws in
            let digest = try Bilingual.digest(Bilingual.projectPath, in: root)
            try Support.write(
                ["projects/alpha/project.fr.md": Self.translation(digest: digest, commissioner: "Ministère chargé des Transports")], under: root)
            let kb = try Support.load(root).knowledgeBase
            #expect(kb.localized(into: "fr").project(rid("alpha"))?.commissioner == "Ministère chargé des Transports")
            #expect(kb.project(rid("alpha"))?.commissioner == "Department for Transport")
            #expect(try Bilingual.translationFindings(root).filter { $0.contains("commissioner") } == [])
            let french = kb.localized(into: "fr")
            let page = RecordPage(record: .project(try #require(french.project(rid("alpha")))), knowledgeBase: french)
            #expect(page.text().contains("\nCommanditaire : Ministère chargé des Transports\n"))
        }
    }

    @Test func aTranslationWithoutTheCommissionerOrWithAnotherNumberIsReported() throws {
        try Bilingual.withKB { (root: String) throws in
            let digest = try Bilingual.digest(Bilingual.projectPath, in: root)
            try Support.write(["projects/alpha/project.fr.md": Self.translation(digest: digest, commissioner: nil)], under: root)
            #expect(
                try Bilingual.translationFindings(root).filter { $0.contains("commissioner") } == [
                    "projects/alpha/project.fr.md:1:1: warning: 'commissioner' is not translated (projects/alpha/project.md has it)"
                ])
            try Support.write(["projects/alpha/project.fr.md": Self.translation(digest: digest, commissioner: "Ministère des Transports (2 directions)")], under: root)
            #expect(
                try Bilingual.translationFindings(root).filter { $0.contains("commissioner") } == [
                    "projects/alpha/project.fr.md:4:15: warning: parity: 'commissioner': the translation has the number 2, the source does not"
                ])
        }
    }

    @Test func changingTheCommissionerMakesTheTranslationStale() throws {
        try Bilingual.withKB { (root: String) throws in
            let before = try Bilingual.digest(Bilingual.projectPath, in: root)
            let path = root + "/" + Bilingual.projectPath
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try Support.write(Array(text.replacingOccurrences(of: "commissioner: Department for Transport", with: "commissioner: Cabinet Office").utf8), to: path)
            #expect(try String(contentsOfFile: path, encoding: .utf8) != text)
            #expect(try Bilingual.digest(Bilingual.projectPath, in: root) != before)
        }
    }
}

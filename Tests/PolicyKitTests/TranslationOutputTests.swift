import Foundation
import Testing

@testable import PolicyKit

/// The knowledge base read in French: texts replaced, structure kept, claims verified only with a
/// trustworthy translation; open data with a column per language.
@Suite struct TranslationOutputTests {
    static let french = "Le conseil a modifié 2 horaires de bus ruraux après les panels."

    func bilingualKB(claim: String? = nil, translation: (String) -> String) throws -> KnowledgeBase {
        try Bilingual.withKB { (root: String) throws in
            if let claim { try Support.write([Bilingual.claimPath: claim], under: root) }
            let digest = try Bilingual.digest(Bilingual.claimPath, in: root)
            try Support.write(
                [
                    Bilingual.claimTranslation: translation(digest),
                    "toolkit/methods/interviews.fr.md": "---\ntranslation_of: \(try Bilingual.digest("toolkit/methods/interviews.md", in: root))\n"
                        + "title: \"Entretiens approfondis\"\nsummary: \"Des conversations individuelles.\"\n---\n## Quand l'utiliser\nTôt.\n",
                ], under: root)
            return try Support.load(root).knowledgeBase
        }
    }

    @Test func theFrenchKnowledgeBaseHasTheTranslatedTextsAndTheSourcesStructure() throws {
        let kb = try bilingualKB { Bilingual.claim(Self.french, digest: $0) }
        let french = kb.localized(into: "fr")
        let method = try #require(french.method(rid("interviews")))
        #expect(method.title == "Entretiens approfondis")
        #expect(method.summary == "Des conversations individuelles.")
        #expect(method.source.body == "## Quand l'utiliser\nTôt.\n")
        #expect(method.phases == kb.method(rid("interviews"))?.phases)
        #expect(method.related == kb.method(rid("interviews"))?.related)
        // Without a translation, the source's text.
        #expect(french.method(rid("workshops"))?.title == kb.method(rid("workshops"))?.title)
        #expect(french.language == "fr")
        #expect(kb.localized(into: "en").language == nil, "the source language is the knowledge base itself")
    }

    @Test func aVerifiedClaimStaysVerifiedInFrenchOnlyWithATrustworthyTranslation() throws {
        let verified = ClaimStatusTests.claim(requested: ["dft"], verifications: [("dft", "confirmed", ClaimStatusTests.statement)])
        let good = try bilingualKB(claim: verified) { Bilingual.claim(Self.french, digest: $0) }.localized(into: "fr")
        let claim = try #require(good.claim(rid("alpha"), rid("timetable-changed")))
        #expect(claim.statement == Self.french)
        #expect(claim.status(in: good.project(rid("alpha")), settings: good.settings) == .verified)
        #expect(!claim.awaitsTranslation)
        let drifted = try bilingualKB(claim: verified) { Bilingual.claim(Self.french.replacingOccurrences(of: "2", with: "3"), digest: $0) }
            .localized(into: "fr")
        let awaiting = try #require(drifted.claim(rid("alpha"), rid("timetable-changed")))
        #expect(awaiting.awaitsTranslation)
        #expect(awaiting.status(in: drifted.project(rid("alpha")), settings: drifted.settings) == .stale)
    }

    @Test func openDataHasAColumnPerLanguageAndAJSONDocumentPerLanguage() throws {
        let kb = try bilingualKB { Bilingual.claim(Self.french, digest: $0) }
        let csv = try OpenDataExport.files(kb, format: .csv)
        let claims = try #require(csv["claims.csv"]).components(separatedBy: "\r\n")
        #expect(claims.first == "project,id,statement_en,statement_fr,kind,status_en,status_fr,evidence,confirmed_by")
        #expect(
            claims.dropFirst().first == "alpha,timetable-changed,The council changed 2 rural bus timetables after the panels.,"
                + "Le conseil a modifié 2 horaires de bus ruraux après les panels.,service-change,pending,pending,panel-report,")
        let methods = try #require(csv["methods.csv"]).components(separatedBy: "\r\n")
        #expect(
            methods.first
                == "id,title_en,title_fr,summary_en,summary_fr,phases,status,time_needed_en,time_needed_fr,participants_en,participants_fr,cost,level,related,updated"
        )
        #expect(methods.contains { $0.hasPrefix("interviews,In-depth interviews,Entretiens approfondis,") })
        let projects = try #require(csv["projects.csv"]).components(separatedBy: "\r\n")
        #expect(projects.first?.hasPrefix("id,title_en,title_fr,summary_en,summary_fr,commissioner_en,commissioner_fr,status,") == true)
        let json = try #require(try OpenDataExport.files(kb, format: .json)["policylab.json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(document["language"] as? String == "en")
        let fr = (document["translations"] as? [String: Any])?["fr"] as? [String: Any]
        let frenchClaims = fr?["claims"] as? [[String: Any]]
        #expect(frenchClaims?.first?["statement"] as? String == Self.french)
        // A knowledge base in one language exports exactly as before.
        let english = try Bilingual.withKB(settings: "") { (root: String) throws in
            try OpenDataExport.files(Support.load(root).knowledgeBase, format: .csv)
        }
        #expect(english["claims.csv"]?.hasPrefix("project,id,statement,kind,status,evidence,confirmed_by\r\n") == true)
    }
}

/// Posts in French: French wording, dates and built-in templates, on the French texts.
@Suite struct FrenchPostTests {
    static let projectTranslation = """
        ---
        translation_of: DIGEST
        title: "Démonstrateur Alpha"
        summary: "Trois panels citoyens sur les transports locaux, avec un rapport publié d'ici mars 2020."
        milestones:
          - title: "Publier le rapport des panels"
        ---
        ## Contexte
        Les bus en zone rurale.

        """

    @Test func theSummaryOfAProjectInFrench() throws {
        let text = try Bilingual.withKB { (root: String) throws in
            let digest = try Bilingual.digest(Bilingual.projectPath, in: root)
            try Support.write(["projects/alpha/project.fr.md": Self.projectTranslation.replacingOccurrences(of: "DIGEST", with: digest)], under: root)
            var options = Publisher.Options()
            options.language = "fr"
            options.date = Day("2020-02-28") ?? .today()
            let kb = try Support.load(root).knowledgeBase.localized(into: "fr")
            return try Publisher(source: .directory(root), knowledgeBase: kb, options: options).summary(of: rid("alpha"))
        }
        #expect(
            text == """
                ---
                title: "Démonstrateur Alpha"
                date: 2020-02-28
                author: "Fixture"
                tags: ["transport", "panels"]
                summary: "Trois panels citoyens sur les transports locaux, avec un rapport publié d'ici mars 2020."
                ---

                Trois panels citoyens sur les transports locaux, avec un rapport publié d'ici mars 2020.

                Le projet a commencé le 1er juin 2019 et est en cours (commanditaire : Department for Transport). C'est l'un des projets démonstrateurs de Fixture.

                ## Contexte

                Les bus en zone rurale.

                ## Ce que fait le projet

                Méthodes de la boîte à outils de Fixture que le projet utilise :

                - [In-depth interviews](toolkit/methods/interviews.md) : One-to-one conversations that uncover how people experience a policy area.
                - [Co-design workshops](toolkit/methods/workshops.md) : Sessions in which officials and citizens design a service together.

                ## Qui est impliqué

                - Department for Transport
                - Policy Lab
                - une organisation de la société civile, dont le nom n'est pas publié à sa demande

                ## Avancement

                - Publier le rapport des panels : prévu d'ici le 31 mars 2020.

                ## Ce qui a été appris

                - **Start recruitment early.** Panels need two months of recruitment.

                ## Preuves

                - [Report of the three panels](https://example.org/panel-report) : un rapport, niveau 2 sur 5 des standards de preuve de Nesta.

                """)
    }

    @Test func frenchDates() {
        #expect(FrenchPostWording.date(Day("2017-02-28") ?? .today()) == "28 février 2017")
        #expect(FrenchPostWording.date(Day("2019-03-01") ?? .today()) == "1er mars 2019")
        #expect(FrenchPostWording.range(Day("2023-06-01") ?? .today(), Day("2023-12-31") ?? .today()) == "du 1er juin au 31 décembre 2023")
        #expect(FrenchPostWording.range(Day("2022-06-01") ?? .today(), Day("2023-01-31") ?? .today()) == "du 1er juin 2022 au 31 janvier 2023")
    }
}

/// The site of a bilingual knowledge base: the same site under `fr/`, in French, with
/// `<html lang>`, `hreflang` alternates and a language switch that lands on the same record.
@Suite struct BilingualSiteTests {
    @Test func theFrenchTreeMirrorsTheEnglishOneAndEachPageLinksToItsTranslation() throws {
        try Bilingual.withKB { (root: String) throws in
            let digest = try Bilingual.digest(Bilingual.projectPath, in: root)
            try Support.write(
                ["projects/alpha/project.fr.md": FrenchPostTests.projectTranslation.replacingOccurrences(of: "DIGEST", with: digest)], under: root)
            let out = root + "/../site"
            var options = SiteBuilder.Options()
            options.date = Day("2020-02-28") ?? .today()
            let outcome = try KnowledgeBaseLoader.load(from: .directory(root), keepingBodiesOf: SiteBuilder.bodiesShown)
            let report = try SiteBuilder(source: .directory(root), knowledgeBase: outcome.knowledgeBase, options: options).build(into: out)
            func read(_ path: String) throws -> String { try String(contentsOfFile: out + "/" + path, encoding: .utf8) }
            let english = try read("projects/alpha.html")
            let french = try read("fr/projects/alpha.html")
            #expect(english.contains("<html lang=\"en\">"))
            #expect(english.contains("<link rel=\"alternate\" hreflang=\"fr\" href=\"../fr/projects/alpha.html\">"))
            #expect(
                english.contains("<p class=\"language-switch\"><a href=\"../fr/projects/alpha.html\" hreflang=\"fr\" lang=\"fr\">Français</a></p>"))
            #expect(french.contains("<html lang=\"fr\">"))
            #expect(french.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"../../projects/alpha.html\">"))
            #expect(french.contains("<p class=\"language-switch\"><a href=\"../../projects/alpha.html\" hreflang=\"en\" lang=\"en\">English</a></p>"))
            #expect(french.contains("<h1>Démonstrateur Alpha</h1>"))
            #expect(french.contains("<li><a href=\"../projects/index.html\" aria-current=\"page\">Projets</a></li>"), "French navigation")
            #expect(french.contains("Le projet a commencé le 1er juin 2019 et est en cours (commanditaire : Department for Transport)."))
            #expect(french.contains("<a class=\"skip-link\" href=\"#content\">Aller au contenu principal</a>"))
            let frenchSearch = try SiteTests.searchFolder(of: out + "/fr")
            let frenchPages = try FileManager.default.contentsOfDirectory(atPath: frenchSearch + "/d").map {
                try String(contentsOfFile: frenchSearch + "/d/" + $0, encoding: .utf8)
            }
            #expect(frenchPages.contains { $0.contains("Démonstrateur Alpha") }, "the French search shows the French title")
            let feed = try read("fr/feed.xml")
            #expect(feed.contains("Démonstrateur Alpha"))
            #expect(
                feed.contains("<title>Fixture knowledge base : enseignements et projets</title>\n<id>urn:policylab:fr:feed</id>"),
                "\(feed.prefix(400))")
            #expect(try read("feed.xml").contains("<id>urn:policylab:feed</id>"), "the English feed keeps its ids")
            #expect(report.pages == 2 * (try FileManager.default.subpathsOfDirectory(atPath: out + "/fr").filter { $0.hasSuffix(".html") }.count))
        }
    }

    @Test func anEnglishOnlySiteHasNoLanguageSwitch() throws {
        try Bilingual.withKB(settings: "") { (root: String) throws in
            let out = root + "/../site"
            let outcome = try KnowledgeBaseLoader.load(from: .directory(root), keepingBodiesOf: SiteBuilder.bodiesShown)
            _ = try SiteBuilder(source: .directory(root), knowledgeBase: outcome.knowledgeBase, options: SiteBuilder.Options()).build(into: out)
            let page = try String(contentsOfFile: out + "/projects/alpha.html", encoding: .utf8)
            #expect(!page.contains("hreflang"))
            #expect(!page.contains("language-switch"))
            #expect(!FileManager.default.fileExists(atPath: out + "/fr"))
        }
    }
}

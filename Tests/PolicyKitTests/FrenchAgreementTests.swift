import Foundation
import GitKit
import PolicylabTestSupport
import Testing

@testable import PolicyKit

/// French agreement in French outputs: counts of 0 and 1 in the singular ("0 jalon réalisé"), no
/// capital after a colon, a commissioner named without guessing its article, French words for
/// empty listings and for the programme status.
@Suite struct FrenchAgreementTests {
    static func shipped() throws -> KnowledgeBase {
        try KnowledgeBaseLoader.load(from: .directory(TestFiles.packageRoot)).knowledgeBase
    }

    @Test func countsOfZeroAndOneAreSingularInFrench() {
        #expect(FrenchPostWording.agreeing(0, "jalon réalisé", "jalons réalisés") == "jalon réalisé")
        #expect(FrenchPostWording.agreeing(1, "jalon réalisé", "jalons réalisés") == "jalon réalisé")
        #expect(FrenchPostWording.agreeing(2, "jalon réalisé", "jalons réalisés") == "jalons réalisés")
        #expect(FrenchPostWording.afterColon("Du 15 avril 2017 au 1er décembre 2026") == "du 15 avril 2017 au 1er décembre 2026")
        #expect(FrenchPostWording.afterColon("OGP : engagement") == "OGP : engagement")
        #expect(FrenchPostWording.afterColon("5 non vérifiées") == "5 non vérifiées")
    }

    @Test func theFrenchHomePageFiguresAgreeWithTheirCounts() throws {
        let kb = try Self.shipped()
        let french = kb.localized(into: "fr")
        let today = Day("2026-12-01") ?? .today()
        var status = ProgrammeStatus(french, today: today)
        func home(done: Int, verified: Int, lessons: Int) -> HomeView {
            status.milestones.done = done
            status.claims[ClaimStatus.verified.rawValue] = verified
            return HomeView(french, status: status, lessons: Array(french.lessons.prefix(lessons)))
        }
        let none = home(done: 0, verified: 0, lessons: 0)
        #expect(none.milestonesLabel == "jalon réalisé sur \(status.milestones.total)")
        #expect(none.claimsLabel.hasPrefix("affirmation d'impact vérifiée par les parties prenantes sur "))
        #expect(none.lessonsLabel == "enseignement publié")
        #expect(none.demonstrators == "0" && none.demonstratorsLabel == "démonstrateur livré sur un objectif de 4, 0 commandé en tout")
        let one = home(done: 1, verified: 1, lessons: 1)
        #expect(one.milestonesLabel.hasPrefix("jalon réalisé sur ") && one.claimsLabel.hasPrefix("affirmation d'impact vérifiée "))
        #expect(one.lessonsLabel == "enseignement publié")
        let two = home(done: 2, verified: 2, lessons: 2)
        #expect(two.milestonesLabel.hasPrefix("jalons réalisés sur ") && two.claimsLabel.hasPrefix("affirmations d'impact vérifiées "))
        #expect(two.lessonsLabel == "enseignements publiés")
        #expect(two.phases.map(\.methods).allSatisfy { $0.hasSuffix(" méthodes") || $0 == "0 méthode" || $0 == "1 méthode" })
        // English keeps its words.
        let english = HomeView(kb, status: ProgrammeStatus(kb, today: today), lessons: kb.lessons)
        #expect(english.milestonesLabel == "of \(status.milestones.total) milestones done")
        #expect(english.demonstratorsLabel == "demonstrators delivered, 0 commissioned in all" && english.demonstrators == "0 of 4")
    }

    @Test func aFrenchCaptionTakesNoCapitalAfterItsColon() throws {
        let french = try Self.shipped().localized(into: "fr")
        let charts = SiteCharts(french, status: ProgrammeStatus(french, today: Day("2026-12-01") ?? .today()))
        let timeline = try #require(charts.timeline)
        #expect(timeline.summary.hasPrefix("Du 15 avril 2017"), "the description stands alone and keeps its capital")
        #expect(timeline.caption.hasPrefix("Chronologie du programme : du 15 avril 2017 au 1er décembre 2026"))
        #expect(charts.bars.map(\.caption).allSatisfy { $0.contains(" : ") })
        let english = try Self.shipped()
        let englishTimeline = try #require(SiteCharts(english, status: ProgrammeStatus(english, today: Day("2026-12-01") ?? .today())).timeline)
        #expect(englishTimeline.caption.hasPrefix("Programme timeline: From 2017-04-15"))
    }

    @Test func aFrenchPostNamesTheCommissionerWithoutAnArticleToGuess() throws {
        let french = try Self.shipped().localized(into: "fr")
        let project = try #require(french.projects.first { $0.id.rawValue == "open-policy-making-demonstrators" })
        #expect(FrenchPostWording.introduction(project) == "Le projet a commencé le 1er mars 2019 et est en cours (commanditaire : Cabinet Office).")
        var proposed = project
        proposed.status = .proposed
        proposed.started = nil
        #expect(FrenchPostWording.introduction(proposed) == "Le projet est proposé (commanditaire pressenti : Cabinet Office).")
        for project in french.projects { #expect(!FrenchPostWording.introduction(project).contains(" par ")) }
    }

    @Test func aFrenchDigestNamesTheCommissionerAsALabel() throws {
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try Support.copyFixture("publish-kb", to: root)
            let settings = root + "/policylab.yaml"
            try Support.write(Array((try String(contentsOfFile: settings, encoding: .utf8) + "languages: [en, fr]\n").utf8), to: settings)
            let head = try Support.commitEverything(in: root)
            let repository = try Repository.open(at: root)
            let source = KnowledgeBaseSource.revision(gitDirectory: repository.gitDirectory, commit: head)
            let kb = try KnowledgeBaseLoader.load(from: source).knowledgeBase
            let activity = try PeriodActivity(
                repository: repository, head: head, since: Day("2023-06-01") ?? .today(), until: Day("2023-12-31") ?? .today(), paths: [])
            var options = Publisher.Options()
            options.language = "fr"
            options.date = Day("2023-12-31") ?? .today()
            let digest = try Publisher(source: source, knowledgeBase: kb.localized(into: "fr"), options: options).digest(of: activity)
            #expect(digest.contains("- **Harbour ferries for shift workers** (commanditaire : Harbour Borough Council) : "), "\(digest)")
            #expect(!digest.contains("commandé par"))
        }
    }

    @Test func anEmptyListingSaysSoInFrench() throws {
        let kb = try Self.shipped()
        let french = kb.localized(into: "fr")
        #expect(RecordListing(kind: .project, records: [], knowledgeBase: french).text() == "aucun projet ne correspond\n")
        #expect(RecordListing(kind: .method, records: [], knowledgeBase: french).text() == "aucune méthode ne correspond\n")
        #expect(RecordListing(kind: .claim, records: [], knowledgeBase: french).text() == "aucune affirmation d'impact ne correspond\n")
        #expect(RecordListing(kind: .project, records: [], knowledgeBase: kb).text() == "no projects match\n")
    }

    @Test func theProgrammeStatusInFrench() throws {
        let french = try Self.shipped().localized(into: "fr")
        let text = StatusReport(ProgrammeStatus(french, today: Day("2026-12-01") ?? .today())).frenchText()
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == "Policy Lab knowledge base (engagement UK0092)")
        #expect(lines.contains("Programme : du 2019-03-01 au 2021-11-30, terminé depuis 1827 jours (100 % du temps écoulé)"))
        #expect(lines.contains("Démonstrateurs : 0 livré sur 4 ; 0 projet démonstrateur"))
        #expect(lines.contains { $0.hasPrefix("Jalons : 8 sur 22 réalisés, 0 à venir, 0 en retard, 9 non communiqués dans les sources") })
        #expect(lines.contains("Affirmations d'impact : 5 non vérifiées, 0 en attente, 0 vérifiée, 0 contestée, 0 à revérifier"))
        #expect(lines.contains("Enseignements : 17 publiés, 0 brouillon"))
        #expect(lines.contains("  innovation-in-democracy : vérifiable ; participation civique ; impact potentiel mineur"))
        #expect(text.contains("Partager les enseignements des projets 2018/19"), "the translations' milestone titles")
        for english in ["Milestones", "Demonstrators", "Impact claims", "Lessons:", "Review:", "not reported", "unverified", "published"] {
            #expect(!text.contains(english), "\(english)")
        }
    }

    /// Every part of an assessment the English status gives, the French one gives too (the
    /// potential for results and the period came with `import ogp`).
    @Test func theStatusGivesTheSameAssessmentPartsInBothLanguages() throws {
        let kb = try Self.shipped()
        let today = Day("2026-12-01") ?? .today()
        var english = ProgrammeStatus(kb, today: today)
        var french = ProgrammeStatus(kb.localized(into: "fr"), today: today)
        let assessment = Assessment(
            verifiable: true, ogpValues: [], potentialImpact: nil, potentialForResults: .modest, completion: nil, openedGovernment: nil,
            period: "2021-2023")
        let item = ProgrammeStatus.ProjectAssessment(project: try #require(RecordID("alpha")), title: "Alpha", assessment: assessment)
        english.assessments = [item]
        french.assessments = [item]
        #expect(StatusReport(english).text().contains("\n  alpha: verifiable; potential for results modest; period 2021-2023\n"))
        #expect(StatusReport(french).frenchText().contains("\n  alpha : vérifiable ; potentiel de résultats modeste ; période 2021-2023\n"))
    }

    @Test func showGivesAnAssessmentWithFrenchSemicolons() throws {
        let french = try Self.shipped().localized(into: "fr")
        let project = try #require(french.allRecords.first { $0.reference == "project:innovation-in-democracy" })
        let text = RecordPage(record: project, knowledgeBase: french, today: Day("2026-12-01") ?? .today()).text()
        #expect(text.contains("\nÉvaluation : vérifiable : oui ; valeurs : participation civique ; impact potentiel : mineur\n"))
    }
}

import Testing

@testable import PolicyKit

/// The measurability analysis on single texts: the signals it finds, what voids a deliverable,
/// structured milestones, and the explanation in each language.
@Suite struct MeasurabilityTests {
    let analyzer = MeasurabilityAnalyzer()

    @Test(arguments: [
        "Foster partnerships",
        "Promote open government across departments",
        "Strengthen and enhance civic participation",
        "Work with civil society to support engagement",
        "Raise awareness of open policy making",
        "Continue to publish open data and improve the portal",
        "Explore the creation of a civic tech centre",
        "Publish guidance on co-design where possible",
        "A culture of openness across government",
        "Open policy making",
    ])
    func englishTextsWithNothingToCheckAreVague(text: String) {
        #expect(analyzer.analyze(text, language: .en).isVague)
    }

    @Test(arguments: [
        "Appoint a democracy support contractor following an open competition",
        "Increase the number of X by 10% by 2023",
        "Foster partnerships with three universities",
        "Promote the toolkit through 12 workshops",
        "Improve the guidance published in March 2021",
        "Publish the panel report",
        "Establish a governance framework to support open policy making",
        "Report to Parliament each year on progress",
        "Pilots delivered.",
        "Open a library lab",
    ])
    func englishTextsWithSomethingToCheckAreCheckable(text: String) {
        #expect(!analyzer.analyze(text, language: .en).isVague)
    }

    @Test(arguments: [
        "Renforcer la participation citoyenne",
        "Favoriser et promouvoir la co-construction",
        "Assurer une gestion ouverte des données",
        "Bâtir un écosystème de la participation",
        "Poursuivre la publication de jeux de données",
        "Publier des guides dans la mesure du possible",
    ])
    func frenchTextsWithNothingToCheckAreVague(text: String) {
        #expect(analyzer.analyze(text, language: .fr).isVague)
    }

    @Test(arguments: [
        "Renforcer la participation avec deux ateliers",
        "Publier le rapport d'évaluation d'ici mars 2021",
        "Établir un comité de suivi",
        "Les lignes directrices seront publiées en ligne",
        "Mettre en œuvre la loi du 14 septembre 2018",
        "Élaborer une charte de la participation",
    ])
    func frenchTextsWithSomethingToCheckAreCheckable(text: String) {
        #expect(!analyzer.analyze(text, language: .fr).isVague)
    }

    @Test func explanationNamesWhatIsMissingTheAimAndAHint() {
        let verdict = analyzer.analyze("Advance digital literacy", language: .en)
        #expect(
            verdict.summary == "vague: no number, date or deliverable; 'advance' and 'literacy' describe an aim. "
                + "Say what will exist, how much, and by when (e.g. 'Publish 5 plain-language guides on ... by March 2025').")
        #expect(verdict.missing == [.quantity, .date, .deliverable])
        let french = analyzer.analyze("Renforcer la transparence", language: .fr)
        #expect(
            french.summary == "vague : ni nombre, ni date, ni livrable; « renforcer » et « transparence » décrivent une intention. "
                + "Dites ce qui existera, en quelle quantité et pour quand (p. ex. « Publier 5 guides en langage clair sur ... d'ici mars 2025 »).")
    }

    /// Phrases of the word lists are matched folded, but quoted as the text writes them.
    @Test func phrasesAreQuotedAsWrittenNotFolded() {
        let hedged = analyzer.analyze("Publier un guide le cas Échéant", language: .fr)
        #expect(hedged.signals.contains(MeasurabilitySignal(kind: .hedge, words: "le cas échéant")), "\(hedged.signals)")
        #expect(hedged.explanation.contains("« le cas échéant »"), "\(hedged.explanation)")
        let apostrophe = analyzer.analyze("Publier un guide, s'il y a lieu", language: .fr)
        #expect(apostrophe.signals.contains(MeasurabilitySignal(kind: .hedge, words: "s'il y a lieu")), "\(apostrophe.signals)")
        let yearly = analyzer.analyze("Publier un rapport chaque  année", language: .fr)
        #expect(yearly.signals.contains(MeasurabilitySignal(kind: .frequency, words: "chaque année")), "\(yearly.signals)")
        let english = analyzer.analyze("Train at least 40 officials where possible", language: .en)
        #expect(english.signals.contains(MeasurabilitySignal(kind: .quantity, words: "at least")), "\(english.signals)")
    }

    @Test func explanationSaysWhyADeliverableDoesNotCount() {
        #expect(
            analyzer.analyze("Continue to publish datasets", language: .en).explanation
                == "no number, date or deliverable; 'continue' keeps an activity going or looks into it, so 'publish datasets' has no end to check")
        #expect(
            analyzer.analyze("Publish guidance where possible", language: .en).explanation
                == "no number, date or deliverable; 'where possible' makes 'publish guidance' optional")
    }

    @Test func checkableVerdictListsItsSignals() {
        let verdict = analyzer.analyze("Launch a new portal by June 2018", language: .en)
        #expect(verdict.summary == "checkable: date 'June 2018', deliverable 'launch … portal'")
        #expect(verdict.hint == nil)
    }

    @Test func milestoneWithADueDayAndAMeasurableMeasureIsCheckable() throws {
        let due = try #require(Day("2020-06-30"))
        let vagueTitle = Milestone(title: "Strengthen engagement", due: due, measure: "20 events held")
        #expect(!analyzer.analyze(milestone: vagueTitle, language: .en).isVague)
        let vagueMeasure = Milestone(title: "Strengthen engagement", due: due, measure: "Better engagement")
        #expect(analyzer.analyze(milestone: vagueMeasure, language: .en).isVague)
        let noDue = Milestone(title: "Foster partnerships", measure: nil)
        #expect(analyzer.analyze(milestone: noDue, language: .en).isVague)
    }

    @Test func languageIsGuessedFromTheWords() {
        #expect(CommitmentLanguage.guess("Renforcer la transparence de l'action publique") == .fr)
        #expect(CommitmentLanguage.guess("Publish the report of the panel") == .en)
        #expect(CommitmentLanguage.guess("Open data", fallback: .fr) == .fr)
    }
}

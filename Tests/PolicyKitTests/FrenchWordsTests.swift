import Foundation
import PolicylabTestSupport
import Testing

@testable import PolicyKit

/// No English left in French outputs: the French templates are whole templates with the same tags
/// as the English ones and none of their phrases, and the shipped knowledge base's French site
/// and posts show the record vocabularies in French.
@Suite struct FrenchWordsTests {
    static let resources = TestFiles.packageRoot + "/Sources/PolicyKit/Resources"

    /// The English templates that have a French one: every template with words (the sitemap has none).
    static func templatePairs() throws -> [(english: String, french: String)] {
        try ["site", "publishing"].flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: resources + "/" + folder).sorted()
                .filter { $0.hasSuffix(".mustache") && $0 != "sitemap.xml.mustache" }
                .map { (english: "\(folder)/\($0)", french: "\(folder)/fr/\($0)") }
        }
    }

    static func read(_ path: String) throws -> String { try String(contentsOfFile: resources + "/" + path, encoding: .utf8) }

    /// Every `{{...}}` tag of a template, in order (sections, inverted sections, ends, values).
    static func tags(_ template: String) -> [String] {
        template.matches(of: /\{\{\{?[^}]*\}?\}\}/).map { String($0.output) }
    }

    /// The literal phrases a reader sees in an English template: the text between tags (and the
    /// words of `aria-label`, `title` and `summary` attributes), of two words or more.
    static func phrases(_ template: String) -> [String] {
        var text = template.replacing(/<style>[\s\S]*?<\/style>/, with: "\n")
        var attributes: [String] = []
        for match in text.matches(of: /(?:aria-label|title)="([^"{]+)"/) { attributes.append(String(match.output.1)) }
        text = text.replacing(/\{\{\{?[^}]*\}?\}\}/, with: "\n").replacing(/<[^>]*>/, with: "\n")
        let pieces = text.split(whereSeparator: { $0.isNewline || ":()[];,.*#".contains($0) }).map { String($0) } + attributes
        return pieces.map { $0.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "-"))) }
            .filter { piece in piece.split(separator: " ").filter { $0.contains(where: \.isLetter) }.count >= 2 }
    }

    /// Phrases that are the same in both languages (the UK programme's name is a proper name).
    static let sameInFrench: Set<String> = ["Participation (IAP2)", "Participation", "Open Policy Making"]

    @Test func everyEnglishTemplateHasAFrenchOneWithTheSameTagsAndSections() throws {
        let pairs = try Self.templatePairs()
        #expect(pairs.count == 13, "\(pairs.map(\.english))")
        for pair in pairs {
            let english = try Self.read(pair.english)
            let french = try Self.read(pair.french)
            #expect(Self.tags(english) == Self.tags(french), "\(pair.french) has other tags or sections than \(pair.english)")
        }
    }

    @Test func theTagComparisonNoticesAMissingSection() {
        let english = "<p>Hello{{#name}}, {{name}}{{/name}}.</p>"
        #expect(Self.tags(english) == ["{{#name}}", "{{name}}", "{{/name}}"])
        #expect(Self.tags("<p>Bonjour.</p>") != Self.tags(english))
        #expect(Self.phrases("<h2>Latest lessons</h2>\n<a aria-label=\"Main menu\">{{x}}</a> See all updates: {{y}}") == [
            "Latest lessons", "See all updates", "Main menu",
        ])
    }

    @Test func noFrenchTemplateHasAPhraseOfItsEnglishTemplate() throws {
        for pair in try Self.templatePairs() {
            let french = try Self.read(pair.french)
            for phrase in Self.phrases(try Self.read(pair.english)) where !Self.sameInFrench.contains(phrase) {
                #expect(!french.contains(phrase), "\(pair.french) still says '\(phrase)'")
            }
        }
    }

    /// The English words of the vocabularies that a French page must not show as values.
    static let englishWords: Set<String> = {
        var words = Set<String>()
        words.formUnion(ProjectStatus.allCases.map(\.rawValue))
        words.formUnion(MethodStatus.allCases.map(\.rawValue))
        words.formUnion(LessonStatus.allCases.map(\.rawValue))
        words.formUnion(Cost.allCases.map(\.rawValue))
        words.formUnion(Phase.allCases.map(\.rawValue))
        words.formUnion(ParticipationLevel.allCases.map(\.rawValue))
        words.formUnion(EvidenceKind.allCases.map(\.rawValue))
        words.formUnion(ClaimStatus.allCases.map(\.rawValue))
        words.formUnion(ClaimKind.allCases.map(\.rawValue).filter { $0 != "participation" && $0 != "transparency" })
        words.formUnion(MilestoneState.allCases.map(\.rawValue))
        words.formUnion(SiteCharts.lanes.map(\.0))
        words.formUnion(["target", "today", "demonstrator"])
        // "other" and "open" (never drawn: an open milestone has no date) are also English words of titles.
        return words.subtracting(["other", "open"]).union(["other document"])
    }()

    /// The values a page shows in its badges, captions, facts and charts.
    static func displayedValues(_ html: String) -> [String] {
        let patterns: [Regex<(Substring, Substring)>] = [
            /<span class="tag">([^<]*)<\/span>/, /<p class="caption">([^<]*)/, /<dd>(?:<time[^>]*>)?([^<]*)/,
            /<text [^>]*>([^<]*)<\/text>/, /<td>([^<]*)<\/td>/, /<figcaption>([^<]*)<\/figcaption>/, /<desc [^>]*>([^<]*)<\/desc>/,
            /<title id="[^"]*">([^<]*)<\/title>/, /<summary>([^<]*)<\/summary>/, /<span class="meta">([^<]*)<\/span>/,
        ]
        return patterns.flatMap { pattern in html.matches(of: pattern).map { String($0.output.1) } }
    }

    /// The English vocabulary words in `value`, each as a whole word.
    static func englishWords(in value: String) -> [String] {
        let lowered = value.lowercased()
        return englishWords.filter { word in
            let pattern = "(?<![\\p{L}-])" + NSRegularExpression.escapedPattern(for: word) + "(?![\\p{L}-])"
            guard let regex = try? NSRegularExpression(pattern: pattern) else { return false }
            return regex.firstMatch(in: lowered, range: NSRange(lowered.startIndex..., in: lowered)) != nil
        }.sorted()
    }

    @Test func theShippedKnowledgeBasesFrenchSiteShowsNoEnglishWordOrPhrase() throws {
        try Support.withTemporaryDirectory { dir in
            let root = TestFiles.packageRoot
            let outcome = try KnowledgeBaseLoader.load(from: .directory(root), keepingBodiesOf: SiteBuilder.bodiesShown)
            #expect(outcome.knowledgeBase.settings.languages == ["en", "fr"])
            var options = SiteBuilder.Options()
            options.date = Day("2026-12-01") ?? .today()
            _ = try SiteBuilder(source: .directory(root), knowledgeBase: outcome.knowledgeBase, options: options).build(into: dir + "/site")
            let pages = try FileManager.default.subpathsOfDirectory(atPath: dir + "/site").filter { $0.hasSuffix(".html") }.sorted()
            let french = pages.filter { $0.hasPrefix("fr/") }
            #expect(french.count == pages.count / 2 && french.count > 60)
            let phrases = try Self.templatePairs().flatMap { Self.phrases(try Self.read($0.english)) }.filter { !Self.sameInFrench.contains($0) }
            var englishShown = 0
            for page in pages {
                let html = try String(contentsOfFile: dir + "/site/" + page, encoding: .utf8)
                let found = Self.displayedValues(html).flatMap(Self.englishWords)
                guard page.hasPrefix("fr/") else {
                    englishShown += found.count
                    continue
                }
                #expect(found.isEmpty, "\(page) shows the English words \(Set(found).sorted())")
                for phrase in phrases { #expect(!html.contains(phrase), "\(page) says '\(phrase)'") }
            }
            // The same check finds the words in the English pages, so it can fail.
            #expect(englishShown > 100)
            let home = try String(contentsOfFile: dir + "/site/fr/index.html", encoding: .utf8)
            #expect(home.contains("<title id=\"chart-timeline-title\">Chronologie du programme</title>"))
            #expect(home.contains("<summary>La chronologie sous forme de tableau</summary>"))
            #expect(home.contains("<text x=\"0\" y=\"34.0\">non communiqués</text>"), "the lanes' legends")
            #expect(home.contains("<tr><td>vérifiée</td>"), "the claims' table")
            #expect(home.contains("<td>15 avril 2017</td><td>non communiqué</td></tr>"), "French dates and states in the timeline's table")
            #expect(home.contains("Au <time datetime=\"2026-12-01\">1er décembre 2026</time>"))
            #expect(home.contains("<figcaption>Chronologie du programme : du 15 avril 2017 au 1er décembre 2026"), "no capital after a colon")
            #expect(home.contains("<span class=\"figure\">0</span> affirmation d&#39;impact vérifiée par les parties prenantes sur 5</li>"))
            #expect(home.contains("<span class=\"figure\">0</span> démonstrateur livré sur un objectif de 4, 0 commandé en tout</li>"))
            #expect(home.contains("<span class=\"figure\">8</span> jalons réalisés sur 22 (9 non communiqués dans les sources)</li>"))
            // The search's page files (`assets/search/<digest>/d/<page>.js`) give each page's kind.
            func searchFiles(_ root: String) throws -> String {
                let folder = dir + "/site/" + root + "assets/search"
                return try FileManager.default.subpathsOfDirectory(atPath: folder).filter { $0.hasSuffix(".js") }
                    .map { try String(contentsOfFile: folder + "/" + $0, encoding: .utf8) }.joined(separator: "\n")
            }
            let index = try searchFiles("fr/")
            #expect(index.contains("[\"methods/world-cafe.html\",\"méthode\","), "French kinds in the French search results")
            #expect(!index.contains(",\"method\",") && !index.contains(",\"lesson\",") && !index.contains(",\"project\","))
            #expect(try searchFiles("").contains("[\"methods/world-cafe.html\",\"method\","))
            let canada = try String(contentsOfFile: dir + "/site/fr/projects/canada-open-dialogue.html", encoding: .utf8)
            #expect(canada.contains("<p class=\"caption\">Projet, clos</p>"))
            let projects = try String(contentsOfFile: dir + "/site/fr/projects/index.html", encoding: .utf8)
            #expect(projects.contains("<span class=\"tag\">en cours</span>") && projects.contains("<span class=\"tag\">livré</span>"))
            let worldCafe = try String(contentsOfFile: dir + "/site/fr/methods/world-cafe.html", encoding: .utf8)
            #expect(worldCafe.contains("<dt>Coût</dt><dd>faible</dd>"))
            #expect(worldCafe.contains("<dt>Participation (IAP2)</dt><dd>impliquer</dd>"))
        }
    }

    @Test func theShippedKnowledgeBasesFrenchSummariesShowFrenchStates() throws {
        let root = TestFiles.packageRoot
        let kb = try KnowledgeBaseLoader.load(from: .directory(root)).knowledgeBase.localized(into: "fr")
        var options = Publisher.Options()
        options.language = "fr"
        options.date = Day("2026-12-01") ?? .today()
        let publisher = Publisher(source: .directory(root), knowledgeBase: kb, options: options)
        var states: [String] = []
        for project in kb.projects {
            let post = try publisher.summary(of: project.id)
            // Milestone lines: "- title : state."; their states are the words under test.
            let lines = post.split(separator: "\n").filter { $0.hasPrefix("- ") && $0.hasSuffix(".") && $0.contains(" : ") }
            states += lines.compactMap { $0.components(separatedBy: " : ").last }
            let prose = post.replacing(/`[^`]*`/, with: "")
            for word in ["awaiting verification", "not reported", "overdue", "under way", "Commissioned by"] {
                #expect(!prose.contains(word), "the French summary of \(project.id) says '\(word)'")
            }
        }
        #expect(states.contains { $0.hasPrefix("réalisé") })
        #expect(states.contains { $0.hasPrefix("résultat non communiqué") })
        #expect(!states.contains { state in Self.englishWords(in: state).contains { ["done", "due", "missed", "dropped"].contains($0) } })
    }

    @Test func showInFrenchHasFrenchLabelsAndWords() throws {
        let kb = try KnowledgeBaseLoader.load(from: .directory(TestFiles.packageRoot)).knowledgeBase.localized(into: "fr")
        let englishLabels = RecordPageLabel.allCases.map { $0.english + ": " }
        for record in kb.allRecords {
            let text = RecordPage(record: record, knowledgeBase: kb, today: Day("2026-12-01") ?? .today()).text()
            let fields = text.components(separatedBy: "\n\n").dropFirst().first ?? ""
            for line in fields.split(separator: "\n") {
                #expect(!englishLabels.contains { line.hasPrefix($0) }, "\(record.reference): \(line.prefix(60))")
            }
        }
        let method = try #require(kb.allRecords.first { $0.reference == "method:world-cafe" })
        let text = RecordPage(record: method, knowledgeBase: kb).text()
        for line in ["Phases : découvrir, définir", "Statut : publiée", "Coût : faible", "Niveau de participation : impliquer"] {
            #expect(text.contains("\n" + line + "\n"), "\(line)")
        }
        let project = try #require(kb.allRecords.first { $0.reference == "project:france-ministere-ouvert-2017" })
        let projectText = RecordPage(record: project, knowledgeBase: kb, today: Day("2026-12-01") ?? .today()).text()
        #expect(projectText.contains("\nStatut : livré\n"))
        #expect(projectText.contains("[résultat non communiqué dans les sources (prévu le 2017-04-15)]"))
    }

    @Test func everyVocabularyWordHasItsOwnFrenchName() {
        func distinct<V: DisplayedWord & CaseIterable>(_: V.Type) -> Bool {
            let names = V.allCases.map(\.frenchName)
            return Set(names).count == names.count && !names.contains { $0.isEmpty }
        }
        #expect(distinct(ProjectStatus.self) && distinct(MethodStatus.self) && distinct(LessonStatus.self) && distinct(Cost.self))
        #expect(distinct(Phase.self) && distinct(ParticipationLevel.self) && distinct(EvidenceKind.self) && distinct(Access.self))
        #expect(distinct(StakeholderKind.self) && distinct(ClaimKind.self) && distinct(ClaimStatus.self) && distinct(Verdict.self))
        #expect(distinct(MilestoneOutcome.self) && distinct(OGPValue.self) && distinct(PotentialImpact.self) && distinct(Completion.self))
        #expect(distinct(OpenedGovernment.self))
        #expect(ProjectStatus.allCases.map { $0.localizedName(in: "fr") } == ["proposé", "commandé", "en cours", "livré", "clos", "annulé"])
        #expect(ProjectStatus.active.localizedName(in: "en") == "active")
        #expect(ProjectStatus.active.localizedName(in: nil) == "active")
        #expect(SiteCharts.agreeing("non vérifiée", with: 5) == "non vérifiées")
        #expect(SiteCharts.agreeing("manqué ou abandonné", with: 2) == "manqués ou abandonnés")
        #expect(SiteCharts.agreeing("vérifiée", with: 1) == "vérifiée" && SiteCharts.agreeing("en attente", with: 3) == "en attente")
    }
}

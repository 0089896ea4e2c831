import Foundation
import Testing

@testable import PolicyKit

/// Precision and recall for "vague" on the labelled corpus of real commitment texts
/// (`Fixtures/measurability/commitments.csv`: quoted from public action plans and IRM reports, each
/// with its source), per language and per part. The rules were written against the development
/// part; the held-out part must meet the targets without having been tuned on.
@Suite struct MeasurabilityCorpusTests {
    struct Item {
        var id: String
        var language: CommitmentLanguage
        var split: String
        var isVague: Bool
        var text: String
    }

    /// Counts of one classifier on one slice of the corpus.
    struct Score: CustomStringConvertible {
        var truePositives = 0, falsePositives = 0, falseNegatives = 0, trueNegatives = 0
        var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
        var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }
        var count: Int { truePositives + falsePositives + falseNegatives + trueNegatives }

        mutating func add(predicted: Bool, actual: Bool) {
            switch (predicted, actual) {
            case (true, true): truePositives += 1
            case (true, false): falsePositives += 1
            case (false, true): falseNegatives += 1
            case (false, false): trueNegatives += 1
            }
        }

        var description: String {
            String(format: "n=%d vague=%d precision=%.2f recall=%.2f", count, truePositives + falseNegatives, precision, recall)
        }
    }

    static func corpus() throws -> [Item] {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let text = try String(contentsOf: folder.appendingPathComponent("measurability/commitments.csv"), encoding: .utf8)
        let table = try CSVReader(parsing: text)
        let columns = ["id", "language", "split", "label", "text"].compactMap { table.header.firstIndex(of: $0) }
        try #require(columns.count == 5)
        return try table.rows.map { row in
            Item(
                id: row[columns[0]], language: try #require(CommitmentLanguage(rawValue: row[columns[1]])), split: row[columns[2]],
                isVague: row[columns[3]] == "vague", text: row[columns[4]])
        }
    }

    static func scores(_ items: [Item], classify: (Item) -> Bool) -> [String: Score] {
        var scores: [String: Score] = [:]
        for item in items {
            scores["\(item.language.rawValue) \(item.split)", default: Score()].add(predicted: classify(item), actual: item.isVague)
        }
        return scores
    }

    @Test func corpusIsLabelledAndCitedInBothLanguages() throws {
        let items = try Self.corpus()
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let table = try CSVReader(parsing: String(contentsOf: folder.appendingPathComponent("measurability/commitments.csv"), encoding: .utf8))
        #expect(table.header == ["id", "language", "split", "label", "text", "reason", "plan", "commitment", "url"])
        for row in table.rows {
            #expect(row.count == 9, "row \(row.first ?? "") has \(row.count) cells")
            #expect(["vague", "checkable"].contains(row[3]), "row \(row[0]) label")
            #expect(["development", "held-out"].contains(row[2]), "row \(row[0]) split")
            #expect(!row[5].isEmpty && !row[6].isEmpty && !row[8].isEmpty, "row \(row[0]) needs a reason, a plan and a source")
            // Canada's fifth and sixth national action plans are the held-out set of the issue.
            #expect(!row[6].contains("2022-2024") && !row[6].contains("2025-"), "row \(row[0]) cites a plan kept out of the corpus")
        }
        #expect(Set(items.map(\.id)).count == items.count)
        for language in CommitmentLanguage.allCases {
            for split in ["development", "held-out"] {
                let slice = items.filter { $0.language == language && $0.split == split }
                #expect(slice.contains(where: \.isVague) && slice.contains { !$0.isVague }, "\(language) \(split) needs both labels")
            }
        }
    }

    @Test func heldOutPartMeetsTheTargetsInEachLanguage() throws {
        let items = try Self.corpus()
        let analyzer = MeasurabilityAnalyzer()
        let new = Self.scores(items) { analyzer.analyze($0.text, language: $0.language).isVague }
        let legacy = Self.scores(items) { LegacyVagueWords.isVague($0.text) }
        for key in new.keys.sorted() {
            print("measurability \(key): \(new[key]!) | baseline: \(legacy[key]!)")
        }
        for language in CommitmentLanguage.allCases {
            let heldOut = try #require(new["\(language.rawValue) held-out"])
            #expect(heldOut.precision >= 0.85, "\(language) held-out precision \(heldOut)")
            #expect(heldOut.recall >= 0.80, "\(language) held-out recall \(heldOut)")
            let baseline = try #require(legacy["\(language.rawValue) held-out"])
            #expect(heldOut.recall > baseline.recall, "\(language) held-out recall does not beat the old rule (\(baseline))")
        }
    }

    @Test func developmentMistakesAreFew() throws {
        let items = try Self.corpus().filter { $0.split == "development" }
        let analyzer = MeasurabilityAnalyzer()
        let wrong = items.filter { analyzer.analyze($0.text, language: $0.language).isVague != $0.isVague }
        for item in wrong {
            print(
                "measurability mistake \(item.id) labelled \(item.isVague ? "vague" : "checkable"): \(analyzer.analyze(item.text, language: item.language).explanation) <- \(item.text)"
            )
        }
        #expect(Double(wrong.count) <= Double(items.count) * 0.15)
    }
}

import Foundation
import GitKit

/// Every record's translation state in each translation language of a knowledge base.
public struct TranslationReport: Sendable, Encodable {
    /// The language the records are written in.
    public var sourceLanguage: String
    /// The translation languages reported on.
    public var languages: [String]
    /// The state of each record in each language, language by language.
    public var records: [TranslationState]

    enum CodingKeys: String, CodingKey { case sourceLanguage = "source_language", languages, records }

    /// The states of `kb`'s records in `languages` (all translation languages when nil); stale
    /// ones say what changed since when `gitDirectory` is given.
    public init(_ kb: KnowledgeBase, languages: [String]? = nil, gitDirectory: String? = nil, revision: String = "HEAD") {
        sourceLanguage = kb.settings.sourceLanguage
        self.languages = languages ?? kb.settings.translationLanguages
        var records = self.languages.flatMap { kb.translationStates(into: $0) }
        if let gitDirectory, records.contains(where: { $0.status == .stale }) {
            let history = TranslationHistoryReader(gitDirectory: gitDirectory, revision: revision)
            for index in records.indices where records[index].status == .stale {
                guard let translation = kb.translation(ofPath: records[index].path, into: records[index].language),
                    let source = kb.source(of: translation)
                else { continue }
                records[index].since = history?.history(of: translation, current: source)
            }
        }
        self.records = records
    }

    /// One line per record, grouped by language, with a count first.
    public var text: String {
        var lines: [String] = []
        for language in languages {
            let states = records.filter { $0.language == language }
            let count = { (status: TranslationState.Status) in states.filter { $0.status == status }.count }
            lines.append(
                "\(TranslationLayout.name(of: language)) (\(language)): \(states.count) records, \(count(.current)) current, \(count(.stale)) stale, \(count(.missing)) missing"
            )
            let width = states.map(\.record.count).max() ?? 0
            for state in states {
                var notes: [String] = []
                if !state.parity.isEmpty { notes.append("\(state.parity.count) parity difference\(state.parity.count == 1 ? "" : "s")") }
                if !state.marked.isEmpty { notes.append("\(state.marked.count) text\(state.marked.count == 1 ? "" : "s") to translate") }
                if let since = state.since { notes.append(since.summary) }
                let padded = state.record.padding(toLength: width, withPad: " ", startingAt: 0)
                let status = state.status.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
                lines.append("  \(status)  \(padded)  \(state.translationPath)" + (notes.isEmpty ? "" : "  (\(notes.joined(separator: "; ")))"))
            }
        }
        if languages.isEmpty { lines.append("no translation languages: policylab.yaml lists only languages: [\(sourceLanguage)]") }
        return lines.joined(separator: "\n")
    }
}

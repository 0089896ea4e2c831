import Foundation

/// The public records as open data: one JSON document, or one CSV file per kind.
public enum OpenDataExport {
    /// The formats of an export: one JSON document, or CSV files.
    public enum Format: String, Sendable, CaseIterable {
        case json, csv
    }

    /// The files to write (name to contents), for `format`.
    ///
    /// In a knowledge base with translation languages, CSV files give each translatable column
    /// once per language (`title_en`, `title_fr`: the Canadian open-data convention), and the JSON
    /// document adds `translations`, the same document per translation language; a knowledge base
    /// in one language exports exactly as before.
    public static func files(_ kb: KnowledgeBase, format: Format) throws -> [String: String] {
        let records = OpenDataRecords(kb)
        let languages = kb.settings.translationLanguages
        switch format {
        case .json:
            guard !languages.isEmpty else { return ["policylab.json": try JSONOutput.encode(records) + "\n"] }
            let translated = Dictionary(uniqueKeysWithValues: languages.map { ($0, OpenDataRecords(kb.localized(into: $0))) })
            return [
                "policylab.json": try JSONOutput.encode(
                    BilingualDocument(records: records, language: kb.settings.sourceLanguage, translations: translated)) + "\n"
            ]
        case .csv:
            guard !languages.isEmpty else { return csv(records).mapValues(\.text) }
            let tables = [kb.settings.sourceLanguage: csv(records)].merging(languages.map { ($0, csv(OpenDataRecords(kb.localized(into: $0)))) }) {
                first, _ in first
            }
            return csv(records).mapValues(\.text).keys.reduce(into: [:]) { files, name in
                files[name] =
                    CSVTable.perLanguage(
                        kb.settings.languages.compactMap { language in tables[language]?[name].map { (language, $0) } },
                        translatable: name == "claims.csv" ? translatableColumns.union(["status"]) : translatableColumns
                    ).text
            }
        }
    }

    /// The columns that hold translatable text (and, in `claims.csv`, the status: a claim is
    /// verified in a language only while its translation is current and parity-clean).
    static let translatableColumns: Set<String> = [
        "title", "summary", "commissioner", "time_needed", "participants", "challenge", "reached", "target", "actual",
        "statement", "audience",
    ]

    /// The JSON document of a knowledge base with translations: the source language's document, its
    /// language, and one document per translation language.
    struct BilingualDocument: Encodable {
        var records: OpenDataRecords
        var language: String
        var translations: [String: OpenDataRecords]

        enum CodingKeys: String, CodingKey { case language, translations }

        func encode(to encoder: any Encoder) throws {
            try records.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(language, forKey: .language)
            try container.encode(translations, forKey: .translations)
        }
    }

    private static func csv(_ records: OpenDataRecords) -> [String: CSVTable] {
        let list = CSVTable.list
        var methods = CSVTable(header: [
            "id", "title", "summary", "phases", "status", "time_needed", "participants", "cost", "level", "related", "updated",
        ])
        for row in records.methods {
            methods.append([
                row.id, row.title, row.summary, list(row.phases), row.status, row.timeNeeded, row.participants, row.cost, list(row.level),
                list(row.related), row.updated,
            ])
        }
        var projects = CSVTable(header: [
            "id", "title", "summary", "commissioner", "status", "demonstrator", "started", "ended", "challenge",
            "methods", "partners", "reached", "ogp_commitment", "stakeholders", "tags",
        ])
        for row in records.projects {
            projects.append([
                row.id, row.title, row.summary, row.commissioner, row.status, row.demonstrator ? "true" : "false", row.started, row.ended,
                row.challenge, list(row.methods), list(row.partners), list(row.reached), row.ogpCommitment, list(row.stakeholders), list(row.tags),
            ])
        }
        // One row per indicator, so that a spreadsheet can filter and chart them.
        var indicators = CSVTable(header: ["project", "title", "target", "actual", "actual_on"])
        for row in records.projects {
            for indicator in row.indicators { indicators.append([row.id, indicator.title, indicator.target, indicator.actual, indicator.actualOn]) }
        }
        var evidence = CSVTable(header: ["project", "id", "title", "kind", "link", "file", "strength", "date", "summary"])
        for row in records.evidence {
            evidence.append([row.project, row.id, row.title, row.kind, row.link, row.file, row.strength.map(String.init), row.date, row.summary])
        }
        var claims = CSVTable(header: ["project", "id", "statement", "kind", "status", "evidence", "confirmed_by"])
        for row in records.claims {
            claims.append([row.project, row.id, row.statement, row.kind, row.status, list(row.evidence), list(row.confirmedBy)])
        }
        var lessons = CSVTable(header: ["id", "title", "summary", "date", "projects", "methods", "tags", "audience", "sources"])
        for row in records.lessons {
            lessons.append([
                row.id, row.title, row.summary, row.date, list(row.projects), list(row.methods), list(row.tags), row.audience,
                list(row.sources.map(\.link)),
            ])
        }
        return [
            "methods.csv": methods, "projects.csv": projects, "indicators.csv": indicators, "evidence.csv": evidence,
            "claims.csv": claims, "lessons.csv": lessons,
        ]
    }
}

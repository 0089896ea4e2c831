import Foundation

/// `policylab export`: the public records as open data, one JSON document or one CSV file per kind.
public enum OpenDataExport {
    public enum Format: String, Sendable, CaseIterable {
        case json, csv
    }

    /// The files to write (name to contents), for `format`.
    public static func files(_ kb: KnowledgeBase, format: Format) throws -> [String: String] {
        let records = OpenDataRecords(kb)
        switch format {
        case .json:
            return ["policylab.json": try JSONOutput.encode(records) + "\n"]
        case .csv:
            return csv(records)
        }
    }

    private static func csv(_ records: OpenDataRecords) -> [String: String] {
        let list = CSVTable.list
        var methods = CSVTable(header: ["id", "title", "summary", "phases", "status", "time_needed", "participants", "cost", "level", "related", "updated"])
        for row in records.methods {
            methods.append([row.id, row.title, row.summary, list(row.phases), row.status, row.timeNeeded, row.participants, row.cost, list(row.level), list(row.related), row.updated])
        }
        var projects = CSVTable(header: ["id", "title", "summary", "commissioner", "status", "demonstrator", "started", "ended", "challenge",
                                         "methods", "partners", "reached", "ogp_commitment", "stakeholders", "tags"])
        for row in records.projects {
            projects.append([row.id, row.title, row.summary, row.commissioner, row.status, row.demonstrator ? "true" : "false", row.started, row.ended,
                             row.challenge, list(row.methods), list(row.partners), list(row.reached), row.ogpCommitment, list(row.stakeholders), list(row.tags)])
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
            lessons.append([row.id, row.title, row.summary, row.date, list(row.projects), list(row.methods), list(row.tags), row.audience,
                            list(row.sources.map(\.link))])
        }
        return ["methods.csv": methods.text, "projects.csv": projects.text, "indicators.csv": indicators.text, "evidence.csv": evidence.text,
                "claims.csv": claims.text, "lessons.csv": lessons.text]
    }
}

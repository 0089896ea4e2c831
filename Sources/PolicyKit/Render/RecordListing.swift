/// A list of records of one kind: aligned columns in text, an array of records in JSON.
public struct RecordListing: Sendable {
    /// The kind of record listed, named when nothing matches.
    public let kind: RecordKind
    /// The records listed, in order.
    public let records: [Record]
    /// The knowledge base the records belong to, for claims' derived status.
    public let knowledgeBase: KnowledgeBase

    /// A listing of `records` of `kind` from `knowledgeBase`.
    public init(kind: RecordKind, records: [Record], knowledgeBase: KnowledgeBase) {
        self.kind = kind
        self.records = records
        self.knowledgeBase = knowledgeBase
    }

    /// One line per record in aligned columns (id, fields of its kind, title or statement), or a line saying none match.
    public func text() -> String {
        if records.isEmpty { return "no \(kind.plural) match\n" }
        let rows = records.map(columns)
        let widths = (0..<(rows.first?.count ?? 1) - 1).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            zip(row, widths).map { $0.padding(to: $1) }.joined(separator: "  ") + "  " + (row.last ?? "")
        }.map { $0 + "\n" }.joined()
    }

    private func columns(_ record: Record) -> [String] {
        switch record {
        case .method(let method):
            [method.id.rawValue, method.phases.map(\.rawValue).joined(separator: ","), method.status.rawValue, method.title]
        case .project(let project):
            [project.id.rawValue, project.status.rawValue, project.demonstrator ? "demonstrator" : "-", project.title]
        case .lesson(let lesson):
            [lesson.id.rawValue, lesson.date?.description ?? "-", lesson.status.rawValue, lesson.title]
        case .evidence(let item):
            [item.qualifiedID, item.kind.rawValue, item.access.rawValue, item.title]
        case .claim(let claim):
            [claim.qualifiedID, claim.status(in: knowledgeBase.project(claim.project), settings: knowledgeBase.settings).rawValue, claim.statement]
        }
    }

    /// The records as a JSON array of record documents, without their links.
    public func json() throws -> String {
        try JSONOutput.encode(records.map { RecordDocument(record: $0, knowledgeBase: knowledgeBase, includeLinks: false) }) + "\n"
    }
}

extension String {
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}

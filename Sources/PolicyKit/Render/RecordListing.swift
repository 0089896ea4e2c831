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
        if records.isEmpty { return knowledgeBase.language == "fr" ? Self.frenchNothing(kind) + "\n" : "no \(kind.plural) match\n" }
        let rows = records.map(columns)
        let widths = (0..<(rows.first?.count ?? 1) - 1).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            zip(row, widths).map { $0.padding(to: $1) }.joined(separator: "  ") + "  " + (row.last ?? "")
        }.map { $0 + "\n" }.joined()
    }

    /// "aucun projet ne correspond", "aucune méthode ne correspond": what a French listing says when nothing matches.
    static func frenchNothing(_ kind: RecordKind) -> String {
        switch kind {
        case .method: "aucune méthode ne correspond"
        case .project: "aucun projet ne correspond"
        case .lesson: "aucun enseignement ne correspond"
        case .evidence: "aucune preuve ne correspond"
        case .claim: "aucune affirmation d'impact ne correspond"
        }
    }

    /// The columns of `record`, its vocabulary words in the knowledge base's language ("en cours"
    /// for `active` in French; the `--status` filters still take the vocabulary's own words).
    private func columns(_ record: Record) -> [String] {
        let language = knowledgeBase.language
        func word(_ value: some DisplayedWord) -> String { value.localizedName(in: language) }
        switch record {
        case .method(let method):
            return [method.id.rawValue, method.phases.map(word).joined(separator: ","), word(method.status), method.title]
        case .project(let project):
            let demonstrator = language == "fr" ? "démonstrateur" : "demonstrator"
            return [project.id.rawValue, word(project.status), project.demonstrator ? demonstrator : "-", project.title]
        case .lesson(let lesson):
            return [lesson.id.rawValue, lesson.date?.description ?? "-", word(lesson.status), lesson.title]
        case .evidence(let item):
            return [item.qualifiedID, word(item.kind), word(item.access), item.title]
        case .claim(let claim):
            return [claim.qualifiedID, word(claim.status(in: knowledgeBase.project(claim.project), settings: knowledgeBase.settings)), claim.statement]
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

import Foundation
import GitKit

/// `import ogp`: the commitments of an OGP/IRM table become projects, in one validated commit.
///
/// A commitment whose id a project already holds in `ogp_commitment` updates that project, and
/// only its imported fields (`commissioner`, `partners`, `assessment`), each line by line as
/// `project set` edits them; any other commitment becomes a new project (`proposed`, not a
/// demonstrator) named after its title, with the commitment's text under `## Background`.
public struct OGPImport {
    /// What the import did or would do.
    public struct Outcome: Sendable {
        /// Every project file written, with its contents.
        public var changes: [String: [UInt8]?]
        /// The commit made (nil for a dry run, or when nothing changed).
        public var commit: ObjectID?
        /// The project files created.
        public var created: [String]
        /// The project files updated.
        public var updated: [String]
        /// How many commitments the table holds (after the country filter).
        public var commitments: Int
        /// Warnings about the table: columns left out, ratings policylab does not store.
        public var findings: [Finding]
    }

    let rows: [OGPCommitment]
    let findings: [Finding]
    let name: String

    /// Reads the table `bytes` (the file `path`), keeping the rows of `country` when given;
    /// throws `ImportError.findings` with every row that cannot be read.
    public init(_ bytes: [UInt8], path: String, country: String?) throws {
        guard let text = String(validating: bytes, as: UTF8.self), !bytes.contains(0) else {
            throw ImportError.findings([.error("the table is not UTF-8 text (save it as CSV, UTF-8)", in: path, at: .start)])
        }
        let table: CSVReader
        do {
            table = try CSVReader(parsing: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        } catch {
            throw ImportError.findings([.error(String(describing: error), in: path, at: .start)])
        }
        let read = OGPCommitment.rows(of: table, path: path, country: country)
        if read.findings.hasErrors { throw ImportError.findings(read.findings.sortedForDisplay()) }
        if read.rows.isEmpty {
            let which = country.map { " of '\($0)'" } ?? ""
            throw ImportError.findings(read.findings + [.error("no commitment\(which) in the table", in: path, at: .start)])
        }
        rows = read.rows
        findings = read.findings
        name = (path as NSString).lastPathComponent
    }

    /// Imports the commitments into the knowledge base of `repository` in one commit (none when
    /// every project already says what the table says).
    public func run(into repository: Repository, author: Signature, committer: Signature, mode: CommitWriter.Mode) throws -> Outcome {
        var created: [String] = []
        var updated: [String] = []
        let message = """
            import: \(rows.count) OGP commitment\(rows.count == 1 ? "" : "s") from \(CollectionImport.oneLine(name))

            Policylab-Command: import ogp
            \(CollectionImport.trailer): \(CollectionImport.oneLine(name))

            """
        let outcome = try CommitWriter(repository: repository).writeChain(committer: committer, mode: mode) { snapshot in
            created = []
            updated = []
            let files = try changes(at: snapshot, created: &created, updated: &updated)
            return [CommitWriter.ChainStep(message: message, author: author, changes: files)]
        }
        return Outcome(
            changes: outcome.changes, commit: outcome.commits.last, created: created.filter { outcome.changes.keys.contains($0) }.sorted(),
            updated: updated.filter { outcome.changes.keys.contains($0) }.sorted(), commitments: rows.count, findings: findings)
    }

    /// The project files the rows change at the tip.
    private func changes(at snapshot: Snapshot, created: inout [String], updated: inout [String]) throws -> [String: [UInt8]?] {
        let kb = try snapshot.knowledgeBase()
        var byCommitment: [String: Project] = [:]
        var ids = Set<RecordID>()
        for project in kb.projects {
            ids.insert(project.id)
            if let commitment = project.ogpCommitment?.uppercased(), byCommitment[commitment] == nil { byCommitment[commitment] = project }
        }
        var files: [String: [UInt8]?] = [:]
        for row in rows {
            if let project = byCommitment[row.identifier] {
                let path = project.source.path
                guard let bytes = try snapshot.read(path), let edited = try update(project, bytes: bytes, path: path, with: row) else { continue }
                files[path] = edited
                updated.append(path)
            } else {
                let (id, bytes) = try newProject(row, taken: &ids)
                let path = "projects/\(id)/project.md"
                files[path] = bytes
                created.append(path)
            }
        }
        return files
    }

    /// The project's file with the row's fields set, each by the smallest edit; nil when it already says them.
    private func update(_ project: Project, bytes: [UInt8], path: String, with row: OGPCommitment) throws -> [UInt8]? {
        var editor = try FrontMatterEditor(bytes, path: path)
        var changed = false
        if let lead = row.lead, lead != project.commissioner {
            try editor.set("commissioner", to: YAMLText.quoted(lead))
            changed = true
        }
        if !row.supporting.isEmpty, row.supporting != project.partners {
            try editor.set("partners", to: YAMLText.quotedList(row.supporting))
            changed = true
        }
        var existing = project.assessment
        let values = existing?.ogpValues ?? []
        existing?.ogpValues = OGPValue.allCases.filter(values.contains)
        if let assessment = row.assessment, assessment != existing {
            try editor.set("assessment", to: Self.written(assessment))
            changed = true
        }
        return changed ? editor.bytes : nil
    }

    /// A new project for the row, under an id made from its title (or its commitment id) that no project holds.
    private func newProject(_ row: OGPCommitment, taken ids: inout Set<RecordID>) throws -> (RecordID, [UInt8]) {
        let title = row.title ?? row.identifier
        guard let lead = row.lead else {
            throw ImportError.findings([
                .error(
                    "commitment \(row.identifier) has no lead institution, which a new project needs as its commissioner", in: name,
                    at: SourcePosition(line: row.line, column: 1))
            ])
        }
        let base = Slug.make(from: title) ?? Slug.make(from: row.identifier) ?? RecordID("commitment")
        guard let base else { throw ImportError.usage("cannot make an id for commitment \(row.identifier)") }
        let id = Slug.firstFree(base) { ids.contains($0) }
        ids.insert(id)
        var file = RecordFile()
        file.field("id", id.rawValue)
        file.text("title", title)
        file.text("summary", title)
        file.text("commissioner", lead)
        file.field("status", ProjectStatus.proposed.rawValue)
        file.field("demonstrator", "false")
        file.texts("partners", row.supporting)
        file.field("ogp_commitment", row.identifier)
        file.field("assessment", row.assessment.map(Self.written))
        var bytes = file.bytes(sections: [])
        let text = row.text.map { "## Background\n\n" + $0.replacingOccurrences(of: "\r\n", with: "\n") + "\n" } ?? "## Background\n"
        bytes += Array((text + "\n## What we did\n\n## Who took part\n\n## Next steps\n").utf8)
        return (id, bytes)
    }

    /// An assessment as a one-line YAML mapping, its keys in the README's order.
    static func written(_ assessment: Assessment) -> String {
        var parts: [String] = []
        if let verifiable = assessment.verifiable { parts.append("verifiable: \(verifiable)") }
        if !assessment.ogpValues.isEmpty {
            let values = OGPValue.allCases.filter(assessment.ogpValues.contains)
            parts.append("ogp_values: " + YAMLText.flowList(values.map(\.rawValue)))
        }
        if let impact = assessment.potentialImpact { parts.append("potential_impact: \(impact.rawValue)") }
        if let results = assessment.potentialForResults { parts.append("potential_for_results: \(results.rawValue)") }
        if let completion = assessment.completion { parts.append("completion: \(completion.rawValue)") }
        if let opened = assessment.openedGovernment { parts.append("opened_government: \(opened.rawValue)") }
        if let period = assessment.period { parts.append("period: " + YAMLText.quoted(period)) }
        return "{" + parts.joined(separator: ", ") + "}"
    }
}

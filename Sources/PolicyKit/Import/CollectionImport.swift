import Foundation
import GitKit

/// `import collection`: a foreign collection of Markdown files with front matter becomes records
/// of one kind, in one validated commit, or (with its history) in one commit per source commit.
///
/// The steps: read the map, list and convert every file of the source's revision (findings for
/// the files it cannot take), refuse when any error is found, let `CommitWriter` validate the
/// would-be knowledge base (its findings turned back into source files and lines), and commit.
public struct CollectionImport {
    /// What an import did or would do.
    public struct Outcome: Sendable {
        /// Every record file written (or that a dry run would write), with its contents.
        public var changes: [String: [UInt8]?]
        /// The commits made, oldest first.
        public var commits: [ObjectID]
        /// How many commits were made (or a dry run would make).
        public var plannedCommits: Int
        /// How many records the source holds.
        public var records: Int
        /// Warnings about the source: files not imported, keys and headings that map to nothing.
        public var findings: [Finding]
    }

    /// The trailer that names the source commit an imported commit came from.
    public static let trailer = "Policylab-Imported-From"

    let source: CollectionSource
    let map: ImportMap
    let kind: RecordKind

    /// An import of `source` as records of `kind`, by `map`.
    public init(source: CollectionSource, map: ImportMap, kind: RecordKind) throws {
        guard ImportRecordKeys.importableKinds.contains(kind) else {
            throw ImportError.usage(
                "cannot import records of kind '\(kind.rawValue)'; import collection writes "
                    + ImportRecordKeys.importableKinds.map(\.rawValue).joined(separator: " or "))
        }
        self.source = source
        self.map = map
        self.kind = kind
    }

    /// How the source is named in trailers.
    var name: String { map.repository ?? source.location }

    /// The plan of the source's revision (or folder), refused with every finding when any is an
    /// error: those of the conversion and those `check` finds in the records that could be converted.
    func tipPlan(validatingIn repository: Repository) throws -> CollectionPlan {
        let plan = try CollectionPlan(entries: try source.entries(under: map.folder), map: map, kind: kind) { try source.read($0) }
        if plan.findings.hasErrors {
            var findings = plan.findings
            let files = Dictionary(plan.items.map { ($0.targetPath, Optional($0.converted.bytes)) }, uniquingKeysWith: { first, _ in first })
            let identity = Signature(name: "policylab", email: "policylab@localhost", date: Date(), timeZoneOffsetMinutes: 0)
            do {
                if !files.isEmpty {
                    _ = try CommitWriter(repository: repository).writeChain(committer: identity, mode: .dryRun) { _ in
                        [CommitWriter.ChainStep(message: "import: check\n", author: identity, changes: files)]
                    }
                }
            } catch WriteError.invalid(let refused) {
                findings += plan.translated(refused)
            }
            throw ImportError.findings(findings.sortedForDisplay())
        }
        if plan.items.isEmpty {
            throw ImportError.findings(
                plan.findings.sortedForDisplay() + [.error("no Markdown file to import under '\(map.folder ?? ".")'", in: source.location)])
        }
        return plan
    }

    /// Imports the source's revision into the knowledge base of `repository` in one commit
    /// (nothing when every record is already as the source makes it).
    public func run(into repository: Repository, author: Signature, committer: Signature, mode: CommitWriter.Mode) throws -> Outcome {
        let plan = try tipPlan(validatingIn: repository)
        let files = Dictionary(plan.items.map { ($0.targetPath, Optional($0.converted.bytes)) }, uniquingKeysWith: { first, _ in first })
        let from = source.commit.map { " \($0.hex)" } ?? ""
        let message = """
            import: \(plan.items.count) \(kind.plural) from \(Self.oneLine(name))

            Policylab-Command: import collection
            \(Self.trailer): \(Self.oneLine(name))\(from)

            """
        let writer = CommitWriter(repository: repository)
        do {
            let outcome = try writer.writeChain(committer: committer, mode: mode) { _ in
                [CommitWriter.ChainStep(message: message, author: author, changes: files)]
            }
            return Outcome(
                changes: outcome.changes, commits: outcome.commits, plannedCommits: outcome.planned, records: plan.items.count,
                findings: plan.findings.sortedForDisplay())
        } catch WriteError.invalid(let findings) {
            throw ImportError.findings(plan.translated(findings).sortedForDisplay())
        }
    }

    /// The name on one line, for a commit message.
    static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline || $0.asciiValue.map { $0 < 0x20 } == true ? " " : $0 })
    }
}

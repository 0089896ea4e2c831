import ArgumentParser
import Foundation
import GitKit
import PolicyKit

struct ImportCollectionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "collection",
        abstract: "Import a folder or git repository of Markdown files with front matter (a Jekyll or Hugo collection) as records.",
        discussion: """
            SOURCE is a plain folder, or the root of a git repository, read at --rev (HEAD by default) straight \
            from its objects. The map (YAML, see the README's "Import an existing toolkit") says which source keys \
            become which record keys, through which value tables, how body headings become sections, the defaults \
            for keys the source lacks and which files to skip. Files that are not imported (no .md extension, links, \
            submodules, skipped) and keys or headings that map to nothing are reported as warnings. Every record must \
            pass check, or nothing is written and every problem is listed with its source file and line.

            Without --history the import is one commit; with --history, one commit per source commit that changed an \
            imported file (renames followed), with its author, date and message and a Policylab-Imported-From trailer. \
            A second run of the same import changes nothing.

            Examples:
              policylab import collection ../old-toolkit --kind method \\
                --map toolkit-map.yaml --dry-run
              policylab import collection ../old-toolkit --kind method \\
                --map toolkit-map.yaml --history
            """)

    @Argument(help: "The folder, or git repository, holding the collection.") var source: String
    @Option(help: "The kind of record the files become (method or lesson).") var kind: String = "method"
    @Option(help: ArgumentHelp("The import map (YAML).", valueName: "MAP.yaml")) var map: String?
    @Option(help: "The source's revision (a branch, tag or commit), when SOURCE is a git repository.") var rev: String?
    @Flag(help: "Replay the source's history: one commit per source commit that changed an imported file.") var history = false
    @OptionGroup var write: WriteOptions

    func run() throws {
        try mappingFailures {
            guard let recordKind = RecordKind(word: kind) else {
                throw ValidationError("--kind must be method or lesson, not '\(kind)'")
            }
            let importMap =
                try map.map { path -> ImportMap in
                    guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("--map \(path): no such file") }
                    return try ImportMap.load([UInt8](data), path: path, kind: recordKind)
                } ?? ImportMap()
            let collection = try CollectionImport(
                source: try CollectionSource.open(source, revision: rev), map: importMap, kind: recordKind)
            let repository = try write.repository()
            let author = try write.identity()
            let committer = (try? repository.defaultSignature()) ?? author
            let mode: CommitWriter.Mode = write.dryRun ? .dryRun : write.noCommit ? .noCommit : .commit
            let outcome =
                history
                ? try collection.replay(into: repository, author: author, committer: committer, mode: mode)
                : try collection.run(into: repository, author: author, committer: committer, mode: mode)
            for finding in outcome.findings { Terminal.standardError.write(finding) }
            report(outcome, kind: recordKind, mode: mode)
        }
    }

    private func report(_ outcome: CollectionImport.Outcome, kind: RecordKind, mode: CommitWriter.Mode) {
        let out = Terminal.standardOutput
        let records = "\(outcome.records) \(outcome.records == 1 ? kind.rawValue : kind.plural)"
        guard outcome.plannedCommits > 0 else {
            out.write("nothing to import: the knowledge base already holds the \(records) as the source makes them")
            return
        }
        let commits = "\(outcome.plannedCommits) commit\(outcome.plannedCommits == 1 ? "" : "s")"
        switch mode {
        case .dryRun:
            for (path, contents) in outcome.changes.sorted(by: { $0.key < $1.key }) {
                guard let contents else {
                    out.write("would delete \(path)")
                    continue
                }
                out.write("would write \(path):")
                out.write(String(decoding: contents, as: UTF8.self))
            }
            out.write("would import \(records) in \(commits)")
        case .noCommit:
            for path in outcome.changes.keys.sorted() { out.write("\(path) (written, not committed)") }
        case .commit:
            for path in outcome.changes.keys.sorted() { out.write(path) }
            out.write("imported \(records) in \(commits)")
            out.write("commit \(outcome.commits.last?.hex ?? "")")
        }
    }
}

import GitKit

/// What one revision (or the folder) of a source becomes: the records converted from its files,
/// and the findings about every file, imported or not, in the source's terms.
struct CollectionPlan {
    /// One record to write.
    struct Item {
        /// The source file, from the source's root.
        var sourcePath: String
        /// Where it goes in the knowledge base.
        var targetPath: String
        var converted: RecordConversion.Converted
    }

    var items: [Item] = []
    var findings: [Finding] = []

    /// The files Markdown collections are written in.
    static let markdownExtensions = [".md", ".markdown"]

    /// Plans the import of `entries` (read with `read`), the files under the map's folder.
    init(
        entries: [CollectionSource.Entry], map: ImportMap, kind: RecordKind, read: (CollectionSource.Entry) throws -> [UInt8]
    ) throws {
        let conversion = RecordConversion(map: map, kind: kind)
        let prefix = map.folder.map { $0.split(separator: "/").joined(separator: "/") + "/" } ?? ""
        var byID: [RecordID: String] = [:]
        for entry in entries {
            let relative = entry.path.hasPrefix(prefix) ? String(entry.path.dropFirst(prefix.count)) : entry.path
            if map.skips(relative) {
                findings.append(.warning("skipped by the map's 'skip' list", in: entry.path))
                continue
            }
            switch entry.kind {
            case .symlink:
                findings.append(.warning("is a symbolic link, which is never followed; not imported", in: entry.path))
                continue
            case .submodule:
                findings.append(.warning("is a submodule; not imported", in: entry.path))
                continue
            case .other:
                findings.append(.warning("is not a regular file; not imported", in: entry.path))
                continue
            case .undecodableName:
                findings.append(.warning("has a name that is not valid UTF-8 (shown escaped); not imported: rename it", in: entry.path))
                continue
            case .file:
                break
            }
            guard Self.markdownExtensions.contains(where: { relative.lowercased().hasSuffix($0) }) else {
                findings.append(
                    .warning("has no .md extension, so it is not imported (rename it, or list it under the map's 'skip')", in: entry.path))
                continue
            }
            let outcome = conversion.convert(try read(entry), path: entry.path, relativePath: relative)
            findings += outcome.findings
            guard let converted = outcome.converted else { continue }
            if let other = byID[converted.id] {
                findings.append(
                    .error(
                        "id '\(converted.id)' is also the id of \(other); give one of them another file name or permalink, or skip one",
                        in: entry.path, at: .start))
                continue
            }
            byID[converted.id] = entry.path
            items.append(Item(sourcePath: entry.path, targetPath: ImportRecordKeys.path(of: kind, id: converted.id), converted: converted))
        }
    }

    /// Findings of the knowledge base in the source's terms: a finding on an imported record's
    /// file names the source file and the source line its line came from.
    func translated(_ findings: [Finding]) -> [Finding] {
        let byTarget = Dictionary(items.map { ($0.targetPath, $0) }, uniquingKeysWith: { first, _ in first })
        return findings.map { finding in
            guard let item = byTarget[finding.path] else { return finding }
            var translated = finding
            translated.path = item.sourcePath
            translated.position = finding.position.map { SourcePosition(line: item.converted.lineOrigins[$0.line] ?? 1, column: 1) }
            translated.message += " (imported as \(finding.path))"
            return translated
        }
    }
}

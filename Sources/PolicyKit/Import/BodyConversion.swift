import Foundation

/// Renames the body's headings by the map's `sections`, line for line, so that every other line
/// of the body stays as it was and keeps its place.
struct BodyConversion {
    let map: ImportMap
    let kind: RecordKind

    /// The converted lines and the findings about headings that map to no section.
    struct Outcome {
        var lines: [String]
        var findings: [Finding]
    }

    /// Converts `body`, whose first line is line `firstLine` of the source file `path`.
    func convert(_ body: String, path: String, firstLine: Int) -> Outcome {
        var lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        var findings: [Finding] = []
        let sections = ImportRecordKeys.sections(of: kind)
        let table = Dictionary(map.sections.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        for heading in MarkdownDocument(body).headings() {
            let index = heading.startLine - 1
            guard lines.indices.contains(index) else { continue }
            if let target = table[heading.text.lowercased()] {
                lines[index] = "## " + target
                // A setext heading's underline becomes an empty line: the line numbers stay.
                for underline in heading.startLine..<heading.endLine where lines.indices.contains(underline) { lines[underline] = "" }
            } else if heading.level <= 2, !sections.contains(where: { $0.lowercased() == heading.text.lowercased() }) {
                findings.append(
                    .warning(
                        "heading '\(heading.text)' maps to no section of a \(kind.rawValue) (\(sections.joined(separator: ", "))), so it is kept as it is; map it under 'sections'",
                        in: path, at: SourcePosition(line: firstLine + index, column: 1)))
            }
        }
        return Outcome(lines: lines, findings: findings)
    }
}

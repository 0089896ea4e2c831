import Foundation
import Yams

/// Turns one foreign Markdown file (front matter and body) into the text of a policylab record,
/// by an `ImportMap`, with findings in the source's terms (its path and lines).
struct RecordConversion {
    /// A converted file.
    struct Converted: Equatable {
        /// The record's id.
        var id: RecordID
        /// The record file's text.
        var bytes: [UInt8]
        /// For each line of the record file (from 1), the source line it came from.
        var lineOrigins: [Int: Int]
    }

    /// The conversion's result: a record unless an error stopped it, and the findings.
    struct Outcome {
        var converted: Converted?
        var findings: [Finding]
    }

    let map: ImportMap
    let kind: RecordKind
    /// The id to give the record whatever its file's name (a past version of a file renamed since).
    var fixedID: RecordID? = nil

    /// Converts `bytes`, the file at `path` in the source (whose part after the map's folder is `relativePath`).
    func convert(_ bytes: [UInt8], path: String, relativePath: String) -> Outcome {
        let (document, frontMatter): (YAMLDocument, FrontMatter)
        switch RecordParser.readDocument(bytes, path: path) {
        case .failure(let finding): return Outcome(converted: nil, findings: [finding])
        case .success(let parsed): (document, frontMatter) = parsed
        }
        var fields = FieldCollector(map: map, kind: kind, document: document, path: path)
        fields.collect()
        var findings = fields.findings
        guard let id = recordID(relativePath: relativePath, fields: fields, path: path, findings: &findings) else {
            return Outcome(converted: nil, findings: findings)
        }
        fields.dropAliases(equalTo: id)
        for (key, value) in map.defaults where fields.values[key] == nil {
            fields.values[key] = value.texts
        }
        var lines = ["---", "id: \(id)"]
        var origins: [Int: Int] = [1: 1, 2: 1]
        for (key, shape) in ImportRecordKeys.shapes(of: kind) where key != "id" {
            guard let texts = fields.values[key], !texts.isEmpty else { continue }
            origins[lines.count + 1] = fields.lines[key] ?? 1
            lines.append("\(key): " + Self.written(texts, as: shape))
        }
        let bodyStart = frontMatter.yaml.utf8.filter { $0 == UInt8(ascii: "\n") }.count + 3
        lines.append("---")
        origins[lines.count] = bodyStart - 1
        let body = BodyConversion(map: map, kind: kind).convert(frontMatter.body, path: path, firstLine: bodyStart)
        findings += body.findings
        for (offset, line) in body.lines.enumerated() {
            lines.append(line)
            origins[lines.count] = bodyStart + offset
        }
        var text = lines.joined(separator: "\n")
        if !text.hasSuffix("\n") { text += "\n" }
        return Outcome(converted: Converted(id: id, bytes: Array(text.utf8), lineOrigins: origins), findings: findings)
    }

    /// The id from the file name or the permalink, or nil with an error when none can be made.
    private func recordID(relativePath: String, fields: FieldCollector, path: String, findings: inout [Finding]) -> RecordID? {
        if let fixedID { return fixedID }
        if map.id == .permalink, let permalink = fields.permalink {
            if let id = Self.slug(ofLink: permalink.text) { return id }
            findings.append(
                .error("cannot make an id from the permalink '\(permalink.text)' (it has no letters or digits)", in: path, at: permalink.position))
            return nil
        }
        let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        let stem = name.contains(".") ? String(name[..<(name.lastIndex(of: ".") ?? name.endIndex)]) : name
        // Jekyll posts are named by date: `2019-04-01-citizens-jury.md` is `citizens-jury`.
        let undated = stem.range(of: #"^\d{4}-\d{2}-\d{2}-"#, options: .regularExpression).map { String(stem[$0.upperBound...]) } ?? stem
        if let id = Slug.make(from: undated) { return id }
        findings.append(.error("cannot make an id from the file name '\(name)' (it has no letters or digits)", in: path, at: .start))
        return nil
    }

    /// The id a link or permalink names: its last path part without extension, as a slug.
    static func slug(ofLink link: String) -> RecordID? {
        let parts = link.split(separator: "/").map(String.init).filter { !$0.isEmpty && $0 != "index.html" }
        guard var last = parts.last else { return nil }
        for suffix in [".html", ".htm", ".md"] where last.hasSuffix(suffix) { last = String(last.dropLast(suffix.count)) }
        return Slug.make(from: last)
    }

    /// `texts` as YAML in the key's shape.
    static func written(_ texts: [String], as shape: ImportRecordKeys.Shape) -> String {
        switch shape {
        case .word: YAMLText.plainWord(texts.first ?? "")
        case .text: YAMLText.quoted(texts.first ?? "")
        case .words: YAMLText.flowList(texts.map(YAMLText.plainWord))
        case .texts: YAMLText.quotedList(texts)
        case .wordOrWords: texts.count == 1 ? YAMLText.plainWord(texts[0]) : YAMLText.flowList(texts.map(YAMLText.plainWord))
        }
    }
}

import Foundation
import Yams

/// Reads a foreign front matter key by key and gathers, for each record key, the texts the map
/// sends to it (through its value table), with the source line each came from.
struct FieldCollector {
    let map: ImportMap
    let kind: RecordKind
    let document: YAMLDocument
    let path: String

    /// Record key -> its texts, in source order.
    var values: [String: [String]] = [:]
    /// Record key -> the source line of the first key that fed it.
    var lines: [String: Int] = [:]
    /// The source's `permalink`, for ids made from it.
    var permalink: (text: String, position: SourcePosition?)?
    var findings: [Finding] = []

    init(map: ImportMap, kind: RecordKind, document: YAMLDocument, path: String) {
        self.map = map
        self.kind = kind
        self.document = document
        self.path = path
    }

    mutating func collect() {
        let known = ImportRecordKeys.keys(of: kind)
        for (keyNode, value) in document.root {
            guard let sourceKey = keyNode.string else { continue }
            let position = document.position(of: keyNode.mark)
            if sourceKey == "permalink", let text = value.string { permalink = (text, position) }
            // The id is made from the file name or the permalink; a source's own `id` is not a slug of ours.
            if map.drop.contains(sourceKey) || sourceKey == "id" { continue }
            let recordKey = map.recordKey(for: sourceKey)
            guard let shape = ImportRecordKeys.shape(of: recordKey, in: kind) else {
                let hint = map.keys[sourceKey] == nil ? Suggestion.hint(for: sourceKey, among: known) : ""
                findings.append(
                    .warning(
                        "key '\(sourceKey)' maps to no key of a \(kind.rawValue) record, so it is left out\(hint) (map it under 'keys', or list it under 'drop')",
                        in: path, at: position))
                continue
            }
            guard let texts = texts(of: value, key: sourceKey) else { continue }
            var converted: [String] = []
            for (text, mark) in texts {
                guard let mapped = mappedValue(text, recordKey: recordKey, sourceKey: sourceKey, at: document.position(of: mark) ?? position) else {
                    continue
                }
                if !mapped.isEmpty { converted.append(recordKey == "aliases" ? aliasWord(mapped) : dateWord(mapped, shape: shape)) }
            }
            if !shape.isList, let earlier = values[recordKey], !earlier.isEmpty || converted.count > 1 {
                findings.append(.error("key '\(sourceKey)' gives '\(recordKey)' a second value; a \(kind.rawValue) has one", in: path, at: position))
                continue
            }
            if !shape.isList, converted.count > 1 {
                findings.append(.error("key '\(sourceKey)' is a list, but '\(recordKey)' takes one value", in: path, at: position))
                continue
            }
            values[recordKey, default: []] += converted
            if lines[recordKey] == nil { lines[recordKey] = position?.line }
        }
    }

    /// The texts of a scalar or of a list of scalars; nil with an error for anything else.
    private mutating func texts(of value: Node, key: String) -> [(String, Mark?)]? {
        if let text = value.string { return value.tag.rawValue == Tag.Name.null.rawValue || text.isEmpty ? [] : [(text, value.mark)] }
        if let sequence = value.sequence {
            var texts: [(String, Mark?)] = []
            for item in sequence {
                guard let text = item.string else {
                    findings.append(
                        .error("'\(key)' must be a list of texts, not of mappings or lists", in: path, at: document.position(of: item.mark)))
                    return nil
                }
                texts.append((text, item.mark))
            }
            return texts
        }
        findings.append(.error("'\(key)' must be a text or a list of texts to be imported", in: path, at: document.position(of: value.mark)))
        return nil
    }

    /// The record's value for a source value: through the key's value table when the map has one
    /// (matched exactly, then ignoring case and surrounding spaces); nil with an error when the table lacks it.
    private mutating func mappedValue(_ text: String, recordKey: String, sourceKey: String, at position: SourcePosition?) -> String? {
        guard let table = map.values[recordKey] else { return text.trimmingCharacters(in: .whitespacesAndNewlines) }
        if let exact = table[text] { return exact }
        let folded = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let match = table.first(where: { $0.key.trimmingCharacters(in: .whitespaces).lowercased() == folded }) { return match.value }
        let listed = table.keys.sorted().map { "'\($0)'" }.joined(separator: ", ")
        findings.append(
            .error(
                "value '\(text)' of '\(sourceKey)' is not in the map's values for '\(recordKey)' (it lists \(listed))", in: path, at: position))
        return nil
    }

    /// A permalink or redirect (`/methods/old-name/`) as the id it names.
    private func aliasWord(_ text: String) -> String {
        RecordConversion.slug(ofLink: text)?.rawValue ?? text
    }

    /// A Jekyll date-time (`2019-04-01 10:00:00 +0000`) kept as its day, for a date key.
    private func dateWord(_ text: String, shape: ImportRecordKeys.Shape) -> String {
        guard shape == .word, text.range(of: #"^\d{4}-\d{2}-\d{2}[ T]"#, options: .regularExpression) != nil else { return text }
        return String(text.prefix(10))
    }

    /// Leaves out the aliases that are the record's own id (a permalink naming the record itself).
    mutating func dropAliases(equalTo id: RecordID) {
        guard var aliases = values["aliases"] else { return }
        var seen = Set<String>()
        aliases = aliases.filter { $0 != id.rawValue && seen.insert($0).inserted }
        values["aliases"] = aliases.isEmpty ? nil : aliases
    }
}

import Yams

/// Edits a record's front matter with the smallest change to the text: the author's key order,
/// comments, quoting and body stay as they were, so that the diff a reviewer sees is only the edit.
///
/// The YAML is parsed to find where each key and list item starts; the edit itself replaces or
/// inserts whole lines. Each edit re-reads the structure, so edits can follow one another.
struct FrontMatterEditor {
    private(set) var lines: [String]
    private let lineEnding: String

    init(_ bytes: [UInt8], path: String) throws {
        guard String(validating: bytes, as: UTF8.self) != nil else { throw WriteError.refused("\(path) is not valid UTF-8") }
        lineEnding = bytes.contains(0x0D) ? "\r" : ""
        // Split on the byte: for Swift, "\r\n" is one Character, not a "\n".
        lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        self.path = path
        _ = try structure()
    }

    private let path: String

    var bytes: [UInt8] { Array(lines.joined(separator: "\n").utf8) }

    // MARK: Structure

    /// A key of a mapping: the line it starts on and the lines its value spans (0-based, into `lines`).
    private struct Entry {
        var key: String
        var lines: ClosedRange<Int>
        var keyColumn: Int
        var value: Node
    }

    /// The top-level entries, and the line index of the closing `---`.
    private func structure() throws -> (entries: [Entry], closing: Int) {
        guard let first = lines.first, first.trimmingCharacters(in: [" ", "\t", "\r", "\u{FEFF}"]) == "---",
            let closing = lines.dropFirst().firstIndex(where: { ["---", "..."].contains($0.trimmingCharacters(in: [" ", "\t", "\r"])) })
        else {
            throw WriteError.refused("\(path) has no front matter between '---' lines to edit")
        }
        let yaml = lines[1..<closing].map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }.joined(separator: "\n")
        switch YAMLDocument.compose(FrontMatter(yaml: yaml, yamlFirstLine: 2, body: ""), path: path) {
        case .success(let document):
            return (entries(of: document.root, endingBefore: closing), closing)
        case .failure(let finding):
            throw WriteError.refused("\(path) cannot be edited: its front matter is not valid (\(finding.message)); run 'policylab check'")
        }
    }

    /// The entries of `mapping`, each spanning up to the last content line before the next key.
    private func entries(of mapping: Node.Mapping, endingBefore limit: Int) -> [Entry] {
        let starts: [(String, Int, Int, Node)] = mapping.compactMap { key, value in
            guard let name = key.string, let mark = key.mark else { return nil }
            return (name, mark.line, mark.column, value)  // YAML line n is lines[n] (line 0 is the opening ---)
        }
        return starts.enumerated().map { index, start in
            let next = index + 1 < starts.count ? starts[index + 1].1 : limit
            var end = max(start.1, next - 1)
            // Blank and comment lines before the next key belong to it, not to this value.
            while end > start.1, isBlankOrComment(lines[end]) { end -= 1 }
            return Entry(key: start.0, lines: start.1...end, keyColumn: start.2, value: start.3)
        }
    }

    /// Whether the value is written `[...]` (Yams reports sequence styles unreliably, so read the text).
    private func isFlow(_ entry: Entry) -> Bool {
        let line = lines[entry.lines.lowerBound]
        guard let colon = line.firstIndex(of: ":") else { return false }
        return line[line.index(after: colon)...].drop { $0 == " " }.hasPrefix("[")
    }

    private func isBlankOrComment(_ line: String) -> Bool {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        return trimmed.isEmpty || trimmed == "\r" || trimmed.hasPrefix("#")
    }

    private func indentation(of line: Int) -> Int { lines[line].prefix { $0 == " " }.count }

    private mutating func replace(_ range: ClosedRange<Int>, with newLines: [String]) {
        lines.replaceSubrange(range, with: newLines.map { $0 + lineEnding })
    }

    private mutating func insert(_ newLines: [String], at index: Int) {
        lines.insert(contentsOf: newLines.map { $0 + lineEnding }, at: index)
    }

    // MARK: Edits

    /// Sets a top-level key to a one-line value, replacing the old value or adding the key at the end.
    mutating func set(_ key: String, to value: String) throws {
        let (entries, closing) = try structure()
        if let entry = entries.first(where: { $0.key == key }) {
            replace(entry.lines, with: [String(repeating: " ", count: entry.keyColumn - 1) + "\(key): \(value)"])
        } else {
            insert(["\(key): \(value)"], at: (entries.last?.lines.upperBound).map { $0 + 1 } ?? closing)
        }
    }

    /// Appends an item to a top-level list. `blockItem` is the item as block lines (the first
    /// starting with `- `), `flowItem` the item as it would appear inside `[...]`, when it can.
    mutating func append(to key: String, blockItem: [String], flowItem: String?) throws {
        let (entries, closing) = try structure()
        guard let entry = entries.first(where: { $0.key == key }) else {
            let newLines = flowItem.map { ["\(key): [\($0)]"] } ?? ["\(key):"] + blockItem.map { "  " + $0 }
            insert(newLines, at: (entries.last?.lines.upperBound).map { $0 + 1 } ?? closing)
            return
        }
        let keyIndent = String(repeating: " ", count: entry.keyColumn - 1)
        switch entry.value {
        case .sequence(let items) where isFlow(entry) && items.isEmpty && (flowItem == nil || entry.lines.count > 1):
            replace(entry.lines, with: ["\(keyIndent)\(key):"] + blockItem.map { keyIndent + "  " + $0 })
        case .sequence(let items) where isFlow(entry):
            guard entry.lines.count == 1, let flowItem else {
                throw WriteError.refused("\(path): '\(key)' is written as a [...] list; write it as a list of '- ' lines to let policylab add to it")
            }
            let existing = items.compactMap(\.string).filter { !$0.isEmpty }
            if existing.count != items.count {
                throw WriteError.refused("\(path): '\(key)' holds entries policylab cannot rewrite on one line; write it as a list of '- ' lines")
            }
            let rewritten = existing.map {
                $0.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "-" }
                    ? $0 : YAMLText.quoted($0)
            }
            replace(entry.lines, with: ["\(keyIndent)\(key): " + YAMLText.flowList(rewritten + [flowItem])])
        case .sequence:
            let dashLine = entry.lines.dropFirst().first { lines[$0].drop { $0 == " " }.hasPrefix("-") }
            let itemIndent = String(repeating: " ", count: dashLine.map(indentation) ?? entry.keyColumn + 1)
            insert(blockItem.map { itemIndent + $0 }, at: entry.lines.upperBound + 1)
        case .scalar(let scalar) where FieldReader.isNull(.scalar(scalar)):
            replace(entry.lines, with: ["\(keyIndent)\(key):"] + blockItem.map { keyIndent + "  " + $0 })
        default:
            throw WriteError.refused("\(path): '\(key)' is not a list, so nothing can be added to it (run 'policylab check')")
        }
    }

    /// Sets `field` of the list item at `index` of the top-level list `key` to a one-line value.
    mutating func set(_ field: String, to value: String, inItem index: Int, of key: String) throws {
        let (entries, _) = try structure()
        guard let entry = entries.first(where: { $0.key == key }), case .sequence(let items) = entry.value,
            items.indices.contains(index), case .mapping(let item) = items[index]
        else {
            throw WriteError.refused("\(path): no item \(index + 1) in '\(key)'")
        }
        let itemEnd: Int
        if index + 1 < items.count, let nextLine = items[index + 1].mark?.line {
            itemEnd = nextLine - 1
        } else {
            itemEnd = entry.lines.upperBound
        }
        let fields = self.entries(of: item, endingBefore: itemEnd + 1)
        if let existing = fields.first(where: { $0.key == field }) {
            replace(existing.lines, with: [String(repeating: " ", count: existing.keyColumn - 1) + "\(field): \(value)"])
        } else {
            let column = fields.first?.keyColumn ?? entry.keyColumn + 4
            let last = fields.last?.lines.upperBound ?? itemEnd
            insert([String(repeating: " ", count: column - 1) + "\(field): \(value)"], at: last + 1)
        }
    }

    /// Removes the list item at `index` of the top-level list `key`; an emptied list becomes `key: []`.
    mutating func remove(item index: Int, of key: String) throws {
        let (entries, _) = try structure()
        guard let entry = entries.first(where: { $0.key == key }), case .sequence(let items) = entry.value,
            !isFlow(entry), items.indices.contains(index), let start = items[index].mark?.line
        else {
            throw WriteError.refused("\(path): no item \(index + 1) in '\(key)' to remove")
        }
        if items.count == 1 {
            replace(entry.lines, with: [String(repeating: " ", count: entry.keyColumn - 1) + "\(key): []"])
            return
        }
        var end = index + 1 < items.count ? (items[index + 1].mark?.line ?? entry.lines.upperBound + 1) - 1 : entry.lines.upperBound
        while end > start, isBlankOrComment(lines[end]) { end -= 1 }
        lines.removeSubrange(start...end)
    }
}

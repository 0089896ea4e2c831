import Foundation
import Yams

/// A record file's front matter (key by key, in order) and body, read for comparison rather than
/// validation: values stay YAML nodes, so any key, known or not, can be compared.
struct RecordContent {
    var fields: [(key: String, value: Node)]
    var body: String
    /// Why the file could not be read as front matter and body, if it could not.
    var problem: String?

    init(_ bytes: [UInt8]?, path: String) {
        fields = []
        body = ""
        guard let bytes else { return }
        switch RecordParser.readDocument(bytes, path: path) {
        case .failure(let finding):
            problem = finding.message
        case .success(let (document, frontMatter)):
            fields = document.root.compactMap { pair in pair.key.string.map { ($0, pair.value) } }
            body = frontMatter.body
        }
    }

    func value(_ key: String) -> Node? { fields.first { $0.key == key }?.value }

    /// The key changes from `old` to `new`, in the order of the newer file (removed keys last).
    static func fieldChanges(from old: RecordContent, to new: RecordContent) -> [FieldChange] {
        var changes: [FieldChange] = []
        for (key, value) in new.fields {
            guard let before = old.value(key) else {
                changes.append(FieldChange(field: key, kind: .added, old: nil, new: text(value)))
                continue
            }
            if before != value { changes.append(FieldChange(field: key, kind: .changed, old: text(before), new: text(value))) }
        }
        for (key, value) in old.fields where new.value(key) == nil {
            changes.append(FieldChange(field: key, kind: .removed, old: text(value), new: nil))
        }
        return changes
    }

    /// A scalar as its plain text; anything else as compact YAML.
    static func text(_ node: Node) -> String {
        if let scalar = node.scalar { return scalar.string }
        let yaml = (try? Yams.serialize(node: node)) ?? ""
        return yaml.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// What changed in one record between two versions of its file.
public struct ContentChange: Sendable, Hashable, Encodable {
    public var fields: [FieldChange]
    public var body: BodyChange?
    /// Set when a version could not be read (bad front matter): then fields are not compared.
    public var unreadable: String?

    /// Compares two versions of the file at `path` (nil: the file does not exist on that side).
    static func between(_ old: [UInt8]?, _ new: [UInt8]?, path: String) -> ContentChange {
        let before = RecordContent(old, path: path)
        let after = RecordContent(new, path: path)
        if let problem = after.problem ?? before.problem {
            return ContentChange(fields: [], body: nil, unreadable: problem)
        }
        return ContentChange(fields: RecordContent.fieldChanges(from: before, to: after),
                             body: BodyChange.between(before.body, after.body), unreadable: nil)
    }

    /// One line per change, for text output.
    public var summaries: [String] {
        fields.map(\.summary) + (body.map { [$0.summary] } ?? []) + (unreadable.map { ["unreadable: \($0)"] } ?? [])
    }
}

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

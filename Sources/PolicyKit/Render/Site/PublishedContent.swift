import Yams

/// What a version of a record file shows the public, in a canonical form: two versions that
/// differ only in layout (whitespace, quoting, key order), in private fields (stakeholders'
/// contacts and keys, stakeholders who are not public) or in a draft state are the same.
struct PublishedContent: Equatable {
    /// The canonical text; nil when the version is not published (a draft) or cannot be read.
    let text: String?

    init(_ bytes: [UInt8], path: String) {
        let content = RecordContent(bytes, path: path)
        guard content.problem == nil else {
            text = nil
            return
        }
        if let status = content.value("status")?.scalar?.string, status == "draft" {
            text = nil
            return
        }
        var parts: [String] = []
        for (key, value) in content.fields.sorted(by: { $0.key < $1.key }) {
            let shown = key == "stakeholders" ? Self.publicStakeholders(value) : value
            parts.append(key + "=" + Self.canonical(shown))
        }
        let body = content.body.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        text = parts.joined(separator: "\n") + "\n--\n" + body
    }

    /// Only the stakeholders who are public, without their contact or key.
    private static func publicStakeholders(_ node: Node) -> Node {
        guard let sequence = node.sequence else { return node }
        let kept: [Node] = sequence.compactMap { item in
            guard let mapping = item.mapping else { return item }
            if mapping["public"]?.bool == false || mapping["public"]?.scalar?.string == "false" { return nil }
            let pairs = mapping.filter { pair in !["contact", "signing_key"].contains(pair.key.string ?? "") }
            return Node.mapping(Node.Mapping(pairs.map { ($0.key, $0.value) }))
        }
        return Node.sequence(Node.Sequence(kept))
    }

    /// Scalars by their text, mappings by sorted keys, sequences in order.
    private static func canonical(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): return "\"" + scalar.string.replacingOccurrences(of: "\"", with: "\\\"") + "\""
        case .sequence(let sequence): return "[" + sequence.map(canonical).joined(separator: ",") + "]"
        case .mapping(let mapping):
            let pairs = mapping.map { (canonical($0.key), canonical($0.value)) }.sorted { $0.0 < $1.0 }
            return "{" + pairs.map { $0.0 + ":" + $0.1 }.joined(separator: ",") + "}"
        case .alias: return "*"
        }
    }
}

import Yams

extension ImportMap {
    /// Reads the map file `path` (its bytes given), or throws `ImportError.findings` with every
    /// problem at its line and column: bad YAML, unknown keys, values of the wrong shape, record
    /// keys or id sources that do not exist.
    public static func load(_ bytes: [UInt8], path: String, kind: RecordKind) throws -> ImportMap {
        let text: String
        switch SourceText.decode(bytes, path: path) {
        case .failure(let finding): throw ImportError.findings([finding])
        case .success(let decoded): text = decoded.text
        }
        let document: YAMLDocument
        switch YAMLDocument.compose(FrontMatter(yaml: text, yamlFirstLine: 1, body: ""), path: path) {
        case .failure(let finding): throw ImportError.findings([finding])
        case .success(let composed): document = composed
        }
        var findings: [Finding] = []
        for (key, _) in document.root {
            guard let name = key.string, !allowedKeys.contains(name) else { continue }
            findings.append(
                .error(
                    "unknown key '\(name)' in the import map" + Suggestion.hint(for: name, among: allowedKeys), in: path,
                    at: document.position(of: key.mark)))
        }
        let map: ImportMap
        do {
            map = try YAMLDecoder().decode(ImportMap.self, from: Node.mapping(document.root))
        } catch let error as DecodingError {
            throw ImportError.findings(findings + [finding(for: error, in: document, path: path)])
        }
        findings += map.problems(kind: kind, document: document, path: path)
        if !findings.isEmpty { throw ImportError.findings(findings.sortedForDisplay()) }
        return map
    }

    /// Record keys the map names that the kind does not have.
    private func problems(kind: RecordKind, document: YAMLDocument, path: String) -> [Finding] {
        let known = ImportRecordKeys.keys(of: kind)
        var findings: [Finding] = []
        func check(_ recordKey: String, at codingPath: [String], role: String) {
            guard !known.contains(recordKey) else { return }
            findings.append(
                .error(
                    "\(role) '\(recordKey)' is not a key of a \(kind.rawValue) record" + Suggestion.hint(for: recordKey, among: known),
                    in: path, at: Self.position(of: codingPath, in: document)))
        }
        for (source, target) in keys.sorted(by: { $0.key < $1.key }) { check(target, at: ["keys", source], role: "record key") }
        for target in values.keys.sorted() { check(target, at: ["values", target], role: "record key") }
        for target in defaults.keys.sorted() { check(target, at: ["defaults", target], role: "record key") }
        if keys.values.contains("id") {
            findings.append(
                .error(
                    "the id is not mapped from a key: say 'id: file-name' or 'id: permalink'", in: path, at: Self.position(of: ["keys"], in: document)
                ))
        }
        return findings
    }

    /// A decoding error at the place in the map its coding path leads to.
    private static func finding(for error: DecodingError, in document: YAMLDocument, path: String) -> Finding {
        let (context, what): (DecodingError.Context, String)
        switch error {
        case .typeMismatch(_, let errorContext):
            (context, what) = (errorContext, "expected \(expectation(errorContext.codingPath))")
        case .valueNotFound(_, let errorContext):
            (context, what) = (errorContext, "expected \(expectation(errorContext.codingPath)), found nothing")
        case .keyNotFound(let key, let errorContext):
            (context, what) = (errorContext, "missing key '\(key.stringValue)'")
        case .dataCorrupted(let errorContext):
            (context, what) = (errorContext, dataCorruptedMessage(errorContext))
        @unknown default:
            return .error("cannot read the import map", in: path, at: .start)
        }
        let keyPath = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
        let place = keyPath.isEmpty ? "" : "'\(keyPath.joined(separator: "."))': "
        return .error(place + what, in: path, at: position(of: keyPath, in: document))
    }

    private static func dataCorruptedMessage(_ context: DecodingError.Context) -> String {
        if context.codingPath.last?.stringValue == "id" {
            return "expected one of " + IDSource.allCases.map(\.rawValue).joined(separator: ", ")
        }
        return "unreadable value"
    }

    /// What the map's key at `codingPath` holds, in words.
    private static func expectation(_ codingPath: [any CodingKey]) -> String {
        let top = codingPath.first?.stringValue
        switch (top, codingPath.count) {
        case ("keys", 1), ("sections", 1): return "a mapping of 'source: record' lines"
        case ("values", 1): return "a mapping of record keys, each to a table of 'source value: record value' lines"
        case ("values", 2): return "a table of 'source value: record value' lines"
        case ("defaults", 1): return "a mapping of record keys to values"
        case ("defaults", _): return "a text or a list of texts"
        case ("skip", _), ("drop", _): return "a list of texts"
        default: return "a text"
        }
    }

    /// The position of the deepest node the key path reaches (the map's start when none).
    static func position(of keyPath: [String], in document: YAMLDocument) -> SourcePosition {
        var node = Node.mapping(document.root)
        var mark = node.mark
        for key in keyPath {
            if let mapping = node.mapping, let (keyNode, value) = mapping.first(where: { $0.key.string == key }) {
                mark = value.mark ?? keyNode.mark
                node = value
            } else if let sequence = node.sequence, let index = Int(key), sequence.indices.contains(index) {
                node = sequence[index]
                mark = node.mark
            } else {
                break
            }
        }
        return document.position(of: mark) ?? .start
    }
}

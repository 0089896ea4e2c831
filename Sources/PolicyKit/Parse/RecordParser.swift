import Yams

/// Turns the bytes of one record file into a typed record and the findings about it.
enum RecordParser {
    struct Outcome {
        var record: Record?
        var findings: [Finding]
        /// The text of a file that gave no record, to tell which findings follow from it.
        var unparsedText: String? = nil
    }

    static func parse(
        _ bytes: [UInt8], path: String, kind: RecordKind, fileID: RecordID, project: RecordID?, keepBody: Bool,
        decoder: YAMLDecoder
    ) -> Outcome {
        let document: (YAMLDocument, FrontMatter)
        switch readDocument(bytes, path: path) {
        case .failure(let finding): return Outcome(record: nil, findings: [finding], unparsedText: String(decoding: bytes, as: UTF8.self))
        case .success(let parsed): document = parsed
        }
        let context = FieldReader.Context(path: path, lineOffset: document.0.lineOffset, decoder: decoder)
        let reader = FieldReader(mapping: document.0.root, context: context)
        context.findings += ControlCharacterCheck.findings(in: document.0.root, yaml: document.1.yaml, context: context)
        if let finding = ControlCharacterCheck.bodyFinding(document.1, path: path) { context.findings.append(finding) }
        let declaredID = reader.required("id", fallback: "")
        if !declaredID.isEmpty, declaredID != fileID.rawValue {
            let place = kind == .project ? "folder" : "file"
            reader.add(
                .error, "id '\(declaredID)' does not match the \(place) name '\(fileID)' (the id must equal the \(place) name)",
                at: reader.keyPositions["id"])
        }
        let source = RecordSource(path: path, keyPositions: reader.keyPositions, body: keepBody ? document.1.body : "")
        let record = read(kind, reader, id: fileID, project: project, source: source)
        reader.reportUnknownKeys()
        let findings = context.findings.map { YAMLErrorExplanation.explainingComment($0, yaml: document.1.yaml, lineOffset: document.0.lineOffset) }
        return Outcome(record: record, findings: findings)
    }

    /// Decodes the text, splits off the front matter and composes its YAML.
    static func readDocument(_ bytes: [UInt8], path: String) -> Result<(YAMLDocument, FrontMatter), Finding> {
        SourceText.decode(bytes, path: path)
            .flatMap { FrontMatter.split($0.text, path: path) }
            .flatMap { frontMatter in YAMLDocument.compose(frontMatter, path: path).map { ($0, frontMatter) } }
    }

    private static func read(_ kind: RecordKind, _ reader: FieldReader, id: RecordID, project: RecordID?, source: RecordSource) -> Record {
        switch kind {
        case .method: .method(MethodReading.read(reader, id: id, source: source))
        case .project: .project(ProjectReading.read(reader, id: id, source: source))
        case .evidence: .evidence(EvidenceReading.read(reader, id: id, project: project ?? id, source: source))
        case .claim: .claim(ClaimReading.read(reader, id: id, project: project ?? id, source: source))
        case .lesson: .lesson(LessonReading.read(reader, id: id, source: source))
        }
    }
}

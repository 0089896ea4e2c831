import Yams

/// Reads a translation file: `translation_of` and the translatable texts, by the layout of
/// `TranslationLayout`; every other key is an error naming its place.
enum TranslationReading {
    struct Outcome {
        var translation: Translation?
        var findings: [Finding]
    }

    static func parse(
        _ bytes: [UInt8], path: String, kind: RecordKind, id: RecordID, project: RecordID?, language: String,
        decoder: YAMLDecoder
    ) -> Outcome {
        let document: (YAMLDocument, FrontMatter)
        switch RecordParser.readDocument(bytes, path: path) {
        case .failure(let finding): return Outcome(translation: nil, findings: [finding])
        case .success(let parsed): document = parsed
        }
        var reader = Reader(path: path, kind: kind, document: document.0)
        let context = FieldReader.Context(path: path, lineOffset: document.0.lineOffset, decoder: decoder)
        reader.findings += ControlCharacterCheck.findings(in: document.0.root, yaml: document.1.yaml, context: context)
        if let finding = ControlCharacterCheck.bodyFinding(document.1, path: path) { reader.findings.append(finding) }
        var translation = Translation(
            path: path, language: language, kind: kind, id: id, project: project, translationOf: nil,
            translationOfPosition: nil, texts: [], listCounts: [:])
        for (key, value) in document.0.root {
            guard let name = key.string else { continue }
            let position = reader.position(value.mark ?? key.mark)
            if name == "translation_of" {
                translation.translationOf = reader.scalar(value, key: name)
                translation.translationOfPosition = position
                if let written = translation.translationOf, !TranslationDigest.isDigest(written) {
                    reader.error(
                        "'translation_of' must be the SHA-256 of the source's translatable text (64 lowercase hex digits), not '\(written)'",
                        at: position)
                }
            } else if TranslationLayout.textKeys(kind).contains(name) {
                if let text = reader.scalar(value, key: name) {
                    translation.texts.append(TranslatableText(key: name, text: text, position: position))
                }
            } else if let itemKeys = TranslationLayout.listKeys(kind)[name] {
                reader.readList(value, key: name, itemKeys: itemKeys, into: &translation)
            } else if let itemKeys = TranslationLayout.idKeys(kind)[name] {
                reader.readIDs(value, key: name, itemKeys: itemKeys, into: &translation)
            } else {
                reader.reject(name, at: position)
            }
        }
        if translation.translationOfPosition == nil {
            reader.error("missing required key 'translation_of' (the SHA-256 of the source's translatable text it translates)", at: .start)
        }
        let body = document.1.body
        if TranslationLayout.translatesBody(kind) {
            if !body.trimmingWhitespace().isEmpty {
                translation.texts.append(
                    TranslatableText(
                        key: "body", text: body,
                        position: SourcePosition(line: document.0.lineOffset + 2 + document.1.yaml.filter { $0 == "\n" }.count, column: 1)))
            }
        } else if !body.trimmingWhitespace().isEmpty {
            reader.warning(
                "the body is not read: a translation of \(kind.rawValue) holds only \(TranslationLayout.textKeys(kind).joined(separator: " and "))",
                at: .start)
        }
        return Outcome(translation: translation, findings: reader.findings)
    }

    /// The walk over one translation's nodes, collecting findings.
    private struct Reader {
        let path: String
        let kind: RecordKind
        let document: YAMLDocument
        var findings: [Finding] = []

        init(path: String, kind: RecordKind, document: YAMLDocument) {
            self.path = path
            self.kind = kind
            self.document = document
        }

        func position(_ mark: Mark?) -> SourcePosition? { document.position(of: mark) }

        mutating func error(_ message: String, at position: SourcePosition?) { findings.append(.error(message, in: path, at: position)) }
        mutating func warning(_ message: String, at position: SourcePosition?) { findings.append(.warning(message, in: path, at: position)) }

        mutating func scalar(_ node: Node, key: String) -> String? {
            if case .scalar(let scalar) = node { return scalar.string }
            error("'\(key)' must be text", at: position(node.mark))
            return nil
        }

        mutating func reject(_ key: String, at position: SourcePosition?) {
            if TranslationLayout.structuralKeys(kind).contains(key) {
                error(
                    "'\(key)' must not be in a translation: structural fields (ids, dates, statuses, references, access, contacts) live only in the source record",
                    at: position)
            } else {
                let allowed =
                    TranslationLayout.textKeys(kind) + TranslationLayout.listKeys(kind).keys.sorted() + TranslationLayout.idKeys(kind).keys.sorted()
                error(
                    "unknown key '\(key)' in a translation of \(kind.rawValue) (it may hold translation_of, \(allowed.joined(separator: ", ")))",
                    at: position)
            }
        }

        /// A list translating the source's list item by item, in its order.
        mutating func readList(_ node: Node, key: String, itemKeys: [String], into translation: inout Translation) {
            guard case .sequence(let items) = node else {
                error("'\(key)' must be a list with one entry per entry of the source, in the same order", at: position(node.mark))
                return
            }
            translation.listCounts[key] = Located(items.count, at: position(node.mark))
            for (index, item) in items.enumerated() {
                let place = "\(key).\(index + 1)"
                if itemKeys.isEmpty {
                    if let text = scalar(item, key: place) {
                        translation.texts.append(TranslatableText(key: place, text: text, position: position(item.mark)))
                    }
                } else {
                    readTexts(item, key: place, itemKeys: itemKeys, into: &translation)
                }
            }
        }

        /// A mapping from the source's ids (stakeholders) to their translated texts.
        mutating func readIDs(_ node: Node, key: String, itemKeys: [String], into translation: inout Translation) {
            guard case .mapping(let mapping) = node else {
                error("'\(key)' must be a mapping from the source's \(key) ids to their translated text", at: position(node.mark))
                return
            }
            for (idNode, value) in mapping {
                guard let id = idNode.string else { continue }
                readTexts(value, key: "\(key).\(id)", itemKeys: itemKeys, into: &translation)
            }
        }

        private mutating func readTexts(_ node: Node, key: String, itemKeys: [String], into translation: inout Translation) {
            guard case .mapping(let mapping) = node else {
                error("'\(key)' must be a mapping of \(itemKeys.joined(separator: ", ")) lines", at: position(node.mark))
                return
            }
            for (nameNode, value) in mapping {
                guard let name = nameNode.string else { continue }
                let place = position(value.mark ?? nameNode.mark)
                if itemKeys.contains(name) {
                    if let text = scalar(value, key: "\(key).\(name)") {
                        translation.texts.append(TranslatableText(key: "\(key).\(name)", text: text, position: place))
                    }
                } else if TranslationLayout.structuralKeys(kind).contains(name) {
                    error("'\(key).\(name)' must not be in a translation: structural fields live only in the source record", at: place)
                } else {
                    error("unknown key '\(key).\(name)' in a translation (it may hold \(itemKeys.joined(separator: ", ")))", at: place)
                }
            }
        }
    }
}

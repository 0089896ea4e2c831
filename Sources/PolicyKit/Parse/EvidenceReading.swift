/// Reads an evidence record's front matter.
enum EvidenceReading {
    static func read(_ reader: FieldReader, id: RecordID, project: RecordID, source: RecordSource) -> Evidence {
        Evidence(
            id: id,
            project: project,
            title: reader.required("title", fallback: id.rawValue),
            kind: reader.required("kind", fallback: EvidenceKind.other),
            link: reader.optional("link"),
            file: reader.optional("file"),
            sha256: reader.optional("sha256"),
            access: reader.required("access", fallback: Access.restricted),
            strength: reader.optional("strength"),
            date: reader.optional("date"),
            collectedBy: reader.optional("collected_by"),
            summary: reader.optional("summary"),
            source: source)
    }
}

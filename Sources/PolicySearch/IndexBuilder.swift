import PolicyKit
/// Builds the search index of a knowledge base: files read and tokenised in parallel, a run of
/// files per core, straight from their bytes (no YAML parsing), then merged into one index file.
enum IndexBuilder {
    /// The record files of `files` (everything else a knowledge base holds is not searched).
    static func records(in files: [SourceFile]) -> [(file: SourceFile, kind: RecordKind)] {
        files.compactMap { file in
            guard file.kind == .regular, case .record(let kind, _, _) = RecordLocation(path: file.path) else { return nil }
            return (file, kind)
        }
    }

    static func build(_ records: [(file: SourceFile, kind: RecordKind)], from source: KnowledgeBaseSource, key: [UInt8]) throws -> [UInt8] {
        let partitions = try RecordScan.map(records, from: source, start: { IndexPartition() }, add: { $0.add(&$1) })
        let documents = records.map { IndexWriter.Document(kind: $0.kind, path: $0.file.path) }
        return IndexWriter.write(key: key, documents: documents, partitions: partitions)
    }
}

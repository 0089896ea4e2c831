import Dispatch
import Foundation

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

    static func build(_ records: [(file: SourceFile, kind: RecordKind)], from source: KnowledgeBaseSource, key: String) throws -> [UInt8] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, records.count / 64))
        let results = ParallelResults<Result<IndexPartition, any Error>>(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let range = (records.count * worker / workers)..<(records.count * (worker + 1) / workers)
            results[worker] = Result {
                try source.withReader { read in
                    var partition = IndexPartition()
                    for record in records[range] {
                        var bytes: [UInt8]
                        if case .directory(let root) = source {
                            bytes = try RecordFileReader.read(root + "/" + record.file.path, limit: SourceText.maximumSize)
                        } else {
                            bytes = try read(record.file, SourceText.maximumSize)
                        }
                        partition.add(&bytes)
                    }
                    return partition
                }
            }
        }
        let partitions = try results.values.map { result -> IndexPartition in
            guard let result else { throw IndexError.corrupt("a worker did not finish") }
            return try result.get()
        }
        let documents = records.map { IndexWriter.Document(kind: $0.kind, path: $0.file.path) }
        return IndexWriter.write(key: key, documents: documents, partitions: partitions)
    }
}

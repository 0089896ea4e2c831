import Dispatch
import Foundation

/// Reads every record file in parallel, a contiguous run of files per core, and folds each
/// run into a value of its own (an index partition, or a query's counts): the one pass over the
/// files that building an index and answering a query without one both make.
enum RecordScan {
    /// One result per run, in the order of `records`; `add` gets each file's bytes (at most
    /// `SourceText.maximumSize` from a folder), which it may change in place.
    static func map<Partial>(_ records: [(file: SourceFile, kind: RecordKind)], from source: KnowledgeBaseSource,
                             start: @Sendable () -> Partial, add: @Sendable (inout Partial, inout [UInt8]) -> Void) throws -> [Partial] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, records.count / 64))
        let results = ParallelResults<Result<Partial, any Error>>(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let range = (records.count * worker / workers)..<(records.count * (worker + 1) / workers)
            results[worker] = Result {
                try source.withReader { read in
                    var partial = start()
                    for record in records[range] {
                        var bytes: [UInt8]
                        if case .directory(let root) = source {
                            bytes = try RecordFileReader.read(root + "/" + record.file.path, limit: SourceText.maximumSize)
                        } else {
                            bytes = try read(record.file, SourceText.maximumSize)
                        }
                        add(&partial, &bytes)
                    }
                    return partial
                }
            }
        }
        return try results.values.map { result -> Partial in
            guard let result else { throw IndexError.corrupt("a worker did not finish") }
            return try result.get()
        }
    }
}

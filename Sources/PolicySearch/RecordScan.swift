import Dispatch
import Foundation
import PolicyKit
import Platform

/// Reads every record file in parallel, a contiguous run of files per core, and folds each
/// run into a value of its own (an index partition, or a query's counts): the one pass over the
/// files that building an index and answering a query without one both make.
enum RecordScan {
    /// One result per run, in the order of `records`; `add` gets each file's bytes (at most
    /// `SourceText.maximumSize` from a folder), which it may change in place.
    /// `runsPerCore` above 1 gives smaller runs, handed to whichever core is free: steadier on
    /// a busy machine, at the cost of more partial results to join.
    static func map<Partial>(
        _ records: [(file: SourceFile, kind: RecordKind)], from source: KnowledgeBaseSource, runsPerCore: Int = 1,
        start: @Sendable () -> Partial, add: @Sendable (inout Partial, inout [UInt8]) -> Void
    ) throws -> [Partial] {
        let runs = ParallelRuns.runs(for: records.count, minimumPerRun: 64, perCore: runsPerCore)
        return try ParallelRuns.map(records.count, runs: runs) { range throws(any Error) in
            try source.withReader { read in
                var partial = start()
                var root: Int32 = -1
                if case .directory(let path) = source {
                    root = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                    guard root >= 0 else { throw LoadError.unreadable(path: path, reason: String(cString: strerror(errno))) }
                }
                defer { if root >= 0 { close(root) } }
                for record in records[range] {
                    var bytes: [UInt8]
                    if root >= 0 {
                        bytes = try RecordFileReader.read(record.file.path, in: root, limit: SourceText.maximumSize)
                    } else {
                        bytes = try read(record.file, SourceText.maximumSize)
                    }
                    add(&partial, &bytes)
                }
                return partial
            }
        }
    }
}

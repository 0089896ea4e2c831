import Foundation
import GitKit

/// The index of changed paths that makes reading a record's history fast, kept at
/// `<gitdir>/policylab/history-cache` and brought up to date on each use.
///
/// It is only a cache: a missing, damaged or outdated file is rebuilt, and where it cannot be
/// written (a read-only repository) history reads trees directly. Failures to read or write
/// the file are therefore deliberately not reported; errors of the repository itself are.
enum RecordHistoryCache {
    /// Where the cache of the repository whose git directory is `gitDirectory` lives.
    static func path(gitDirectory: String) -> String { gitDirectory + "/policylab/history-cache" }

    /// The index covering `tip` and its ancestry, loaded, updated and saved as needed; nil when
    /// there is none to start from and none can be saved, where building one would cost more
    /// than reading the trees directly once.
    /// - Parameter note: set to why a file found there was not trusted, when it was not.
    static func index(for repository: Repository, tip: ObjectID, note: inout String?) throws -> ChangedPathIndex? {
        let file = path(gitDirectory: repository.gitDirectory)
        // A damaged or unreadable file is the same as none: it gets rebuilt, with a note.
        var saved: ChangedPathIndex?
        do {
            saved = try ChangedPathIndex.load(from: file)
        } catch {
            note = "the history cache \(file) was damaged (\(error)) and is rebuilt"
            try? FileManager.default.removeItem(atPath: file)
        }
        if let saved, saved.contains(tip) { return saved }
        let writable = canWrite(next: file)
        guard saved != nil || writable else { return nil }
        var index = saved ?? ChangedPathIndex()
        try repository.updateChangedPathIndex(&index, to: tip)
        // Concurrent runs each rename a complete file into place; the last one wins.
        if writable { try? index.save(to: file, temporaryDirectory: StateFolder(repository).temporary) }
        return index
    }

    /// Whether the directory of `file` exists or can be made, and is writable.
    private static func canWrite(next file: String) -> Bool {
        let directory = (file as NSString).deletingLastPathComponent
        guard (try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)) != nil else {
            return false
        }
        return FileManager.default.isWritableFile(atPath: directory)
    }
}

import Foundation
import GitKit
import PolicyKit

/// A search index kept in a file (under `.git/policylab/`) for the next query: used only when it
/// is intact and was built from exactly the files being searched, replaced atomically.
struct IndexCache {
    let path: String

    /// The cached index, mapped, when there is one, it is intact, and `accepts` its key (says it
    /// was built from the files being searched); nil otherwise.
    func load(accepting accepts: (UnsafeRawBufferPointer) -> Bool) -> SearchIndex? {
        guard let bytes = IndexBytes(mapping: path) else { return nil }
        return try? SearchIndex(bytes: bytes, accepts: accepts)
    }

    /// Writes `bytes` to a temporary file in the `tmp` folder beside the cache (`.git/policylab/tmp/`,
    /// where the next command's recovery removes what a killed process left), then renames it over
    /// the cache, so that a reader sees the old index or the new one, never half of one. Returns
    /// false when the folder cannot be written (a read-only repository): the search works without a cache.
    @discardableResult
    func store(_ bytes: [UInt8]) -> Bool { DurableFile.replaceCache(path, with: bytes) }

    /// Runs `body` unless another process is building this index (it holds the lock file beside
    /// the cache; one left by a killed process is removed). Returns whether `body` ran.
    func whileLocked(_ body: () throws -> Void) throws -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        let lock: LockFile
        do {
            lock = try LockFile(for: path, temporaryDirectory: folder + "/tmp")
        } catch {
            guard LockFile.removeIfAbandoned(path + ".lock"), let retried = try? LockFile(for: path, temporaryDirectory: folder + "/tmp") else {
                return false
            }
            lock = retried
        }
        defer { lock.release() }
        try body()
        return true
    }
}

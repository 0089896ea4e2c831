import Foundation

/// A search index kept in a file (under `.git/policylab/`) for the next query: used only when it
/// is intact and was built from exactly the files being searched, replaced atomically.
struct IndexCache {
    let path: String

    /// The cached index for `key`, or nil when there is none, it is corrupt, or it was built from other files.
    func load(key: String) -> SearchIndex? {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else { return nil }
        return try? SearchIndex(data: data, key: key)
    }

    /// Writes `bytes` to a temporary file beside the cache, then renames it over the cache, so
    /// that a reader sees the old index or the new one, never half of one. Returns false when
    /// the folder cannot be written (a read-only repository): the search works without a cache.
    @discardableResult
    func store(_ bytes: [UInt8]) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        guard (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil else { return false }
        let temporary = "\(path).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        var written = 0
        let complete = bytes.withUnsafeBytes { raw -> Bool in
            while written < raw.count {
                let count = write(descriptor, raw.baseAddress.map { $0 + written }, raw.count - written)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return false }
                written += count
            }
            return true
        }
        close(descriptor)
        guard complete, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }
}

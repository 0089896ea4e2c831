import Foundation

extension DurableFile {
    /// Replaces the file at `path` with `bytes`, so that a reader sees the old content or the
    /// new, never half of either: a complete temporary file in `temporaryFolder` (same file
    /// system; created when missing, its parent is not) renamed over `path`. With `sync`, the
    /// file and then its folder are flushed, so the new content survives a crash of the machine;
    /// without, a cache that can be rebuilt saves the cost. The temporary file is removed on failure.
    public static func replace(_ path: String, with bytes: some Collection<UInt8>, temporaryFolder: String, sync: Bool) throws {
        guard mkdir(temporaryFolder, 0o755) == 0 || errno == EEXIST else { throw failure("mkdir", temporaryFolder) }
        let temporary = temporaryFolder + "/" + TemporaryName.make((path as NSString).lastPathComponent)
        do {
            try create(temporary, bytes, sync: sync)
            if sync {
                try rename(temporary, over: path)
            } else if Foundation.rename(temporary, path) != 0 {
                throw failure("rename", "\(temporary) -> \(path)")
            }
        } catch {
            unlink(temporary)
            throw error
        }
    }
}

extension DurableFile {
    /// Replaces a cache file (one that can be rebuilt) at `path` with `bytes`, not flushed: its
    /// folder is created when missing (only that folder: a repository removed meanwhile is not
    /// brought back), the temporary file goes to `tmp/` beside it, where the next command's
    /// recovery removes what a killed process left. Returns false when it cannot be written (a
    /// read-only repository): a cache is optional.
    @discardableResult
    public static func replaceCache(_ path: String, with bytes: some Collection<UInt8>) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        guard mkdir(folder, 0o755) == 0 || errno == EEXIST else { return false }
        return (try? replace(path, with: bytes, temporaryFolder: folder + "/tmp", sync: false)) != nil
    }
}

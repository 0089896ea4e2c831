import Foundation
import GitKit

/// The reference index of a branch tip, kept at `<gitdir>/policylab/reference-index` between
/// commands: used when it describes the tip's tree, brought up to date from the tree diff when
/// the tip moved, and rebuilt when it is missing or damaged.
///
/// It is only a cache, never trusted blindly: the file is read only if it is a regular file whose
/// size matches its header and whose checksum holds; anything else is rebuilt from git objects,
/// with a note saying why. A repository that cannot be written keeps working without the file.
final class ReferenceIndexCache: @unchecked Sendable {
    /// A larger file is not a reference index of any knowledge base this tool reads.
    static let maximumFileSize = 1 << 30

    let path: String
    /// One line per damaged file found (for the command to show on standard error).
    private(set) var notes: [String] = []
    /// The last index used, so that a write's retries and its validation load the file once.
    private var current: ReferenceIndex?
    private let lock = NSLock()

    init(gitDirectory: String) {
        path = gitDirectory + "/policylab/reference-index"
    }

    /// The index of `commit`'s tree (`tree`), from memory, the file, the file brought up to
    /// date, or read afresh; saved when it had to be read afresh.
    func index(commit: ObjectID?, tree: ObjectID?, in repository: Repository) throws -> ReferenceIndex {
        let remembered = lock.withLock { current }
        if let remembered, remembered.tree == tree { return remembered }
        let result: ReferenceIndex
        if let saved = remembered ?? load() {
            if saved.tree == tree {
                result = saved
            } else if let updated = try? updated(saved, to: tree, in: repository) {
                // Not saved: bringing it up again is cheap, and a write saves the index of its own tree.
                result = updated
            } else {
                result = try ReferenceIndex.build(commit: commit, in: repository)
                store(result)
            }
        } else {
            result = try ReferenceIndex.build(commit: commit, in: repository)
            store(result)
        }
        remember(result)
        return result
    }

    /// Keeps `index` (a write's new tree, now the tip) in memory and in the file.
    func keep(_ index: ReferenceIndex) {
        remember(index)
        store(index)
    }

    /// Keeps `index` for the next lookup in this process.
    func remember(_ index: ReferenceIndex) {
        lock.withLock { current = index }
    }

    private func updated(_ index: ReferenceIndex, to tree: ObjectID?, in repository: Repository) throws -> ReferenceIndex? {
        var index = index
        // The old tree may be gone (a gc after a rewrite): then this throws, and the index is rebuilt.
        return try index.update(to: tree, in: repository) ? index : nil
    }

    /// The saved index, or nil when there is none or it cannot be trusted (noted).
    func load() -> ReferenceIndex? {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno != ENOENT { note(errno == ELOOP ? "it is a symbolic link" : String(cString: strerror(errno))) }
            return nil
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { note(String(cString: strerror(errno))); return nil }
        guard info.st_mode & S_IFMT == S_IFREG else { note("it is not a regular file"); return nil }
        let size = Int(info.st_size)
        guard size >= ReferenceIndex.headerSize, size <= Self.maximumFileSize else { note("its size (\(size) bytes) cannot be right"); return nil }
        do {
            let header = try read(descriptor, count: ReferenceIndex.headerSize)
            let length = try ReferenceIndex.payloadLength(header: header)
            guard length == size - ReferenceIndex.headerSize else {
                throw ReferenceIndex.FormatError(description: "\(size) bytes, but its header says \(ReferenceIndex.fileSize(payloadLength: length))")
            }
            return try ReferenceIndex(encoded: header + read(descriptor, count: length))
        } catch {
            note("\(error)")
            return nil
        }
    }

    private func read(_ descriptor: Int32, count: Int) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let got = bytes.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress.map { $0 + done }, count - done) }
            if got < 0 && (errno == EINTR || errno == EAGAIN) { continue }
            if got < 0 { throw ReferenceIndex.FormatError(description: String(cString: strerror(errno))) }
            if got == 0 { throw ReferenceIndex.FormatError(description: "truncated at \(done) of \(count) bytes") }
            done += got
        }
        return bytes
    }

    private func note(_ reason: String) {
        lock.withLock { notes.append("\(path) was not used (\(reason)); rebuilt it from the commit") }
    }

    /// Saves `index` atomically (a complete file renamed over the old one; concurrent writers each
    /// rename a complete file, the last one wins). Failure is silent: the cache is optional.
    func store(_ index: ReferenceIndex) { DurableFile.replaceCache(path, with: index.encoded()) }
}

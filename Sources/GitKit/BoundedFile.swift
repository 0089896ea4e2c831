import Foundation

/// Reads a cache file that anything on the machine may have damaged or replaced: only a regular
/// file (never a FIFO, device or link, opened without blocking and without following links), and
/// only up to a size its caller vouches for, so a hostile file can neither hang nor exhaust memory.
public enum BoundedFile {
    /// What was found at a path.
    public enum Outcome: Equatable, Sendable {
        /// Nothing is at the path.
        case absent
        /// The file's bytes, within the size allowed.
        case bytes([UInt8])
        /// Present but not trusted, and why (for a one-line note).
        case refused(String)
    }

    /// The file's bytes when it is a regular file of at most `maximumSize` bytes and `accepts` its
    /// first `headerSize` bytes and its size (read before the rest, so that a file whose header
    /// disagrees with it is never read whole).
    public static func read(
        _ path: String, maximumSize: Int, headerSize: Int = 0,
        accepts: ([UInt8], Int) -> String? = { _, _ in nil }
    ) -> Outcome {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else {
            return errno == ENOENT ? .absent : .refused(errno == ELOOP ? "a symbolic link" : String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .refused(String(cString: strerror(errno))) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .refused("not a regular file") }
        let size = Int(info.st_size)
        guard size <= maximumSize else { return .refused("\(size) bytes, over the \(maximumSize) expected at most") }
        guard size >= headerSize else { return .refused("\(size) bytes, too short for its header") }
        if headerSize > 0 {
            guard let header = readExactly(headerSize, from: descriptor) else { return .refused("cannot be read") }
            if let problem = accepts(header, size) { return .refused(problem) }
            guard let rest = readExactly(size - headerSize, from: descriptor) else { return .refused("cannot be read") }
            return .bytes(header + rest)
        }
        if let problem = accepts([], size) { return .refused(problem) }
        guard let bytes = readExactly(size, from: descriptor) else { return .refused("cannot be read") }
        return .bytes(bytes)
    }

    /// Exactly `count` bytes (nil if the file ends first), read into a buffer that is not cleared
    /// first: a cache can be megabytes, and clearing them costs as much as reading them.
    private static func readExactly(_ count: Int, from descriptor: Int32) -> [UInt8]? {
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            var done = 0
            while let base = buffer.baseAddress, done < count {
                let got = Foundation.read(descriptor, base + done, count - done)
                if got < 0, errno == EINTR { continue }
                guard got > 0 else { break }
                done += got
            }
            complete = done == count
            // Only what was read counts as initialized; a short file is refused all the same.
            initialized = done
        }
        return complete ? bytes : nil
    }
}

import Foundation
import PolicyKit

/// Reads whole record files of a folder with as few calls as it can: one `read` into an
/// uninitialised buffer of 16 KiB, which holds nearly every record; only a file that fills it
/// is measured (`fstat`) and read on. (The general reader's 64 KiB zeroed chunk per file costs
/// more than the reading itself over tens of thousands of files.)
enum RecordFileReader {
    static let firstRead = 16 * 1024

    /// The file at `path`, relative to the folder open as `folder` (a short path to resolve,
    /// rather than a full one per file), at most `limit` bytes of it.
    static func read(_ path: String, in folder: Int32, limit: Int) throws -> [UInt8] {
        let descriptor = openat(folder, path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw LoadError.unreadable(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var bytes = try readUpTo(min(firstRead, limit), from: descriptor, path: path)
        // A regular file read short has been read to its end; one that filled the buffer may go on.
        guard bytes.count == min(firstRead, limit), bytes.count < limit else { return bytes }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw LoadError.unreadable(path: path, reason: String(cString: strerror(errno))) }
        bytes += try readUpTo(min(max(Int(info.st_size), bytes.count + 1), limit) - bytes.count, from: descriptor, path: path)
        return bytes
    }

    private static func readUpTo(_ size: Int, from descriptor: Int32, path: String) throws -> [UInt8] {
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < size, let base = buffer.baseAddress {
                let got = Foundation.read(descriptor, base + count, size - count)
                if got < 0 && errno == EINTR { continue }
                if got < 0 { failure = errno }
                guard got > 0 else { break }
                count += got
                // One short read is the end of a regular file: no second call to be told so.
                if count < size { break }
            }
        }
        guard failure == 0 else { throw LoadError.unreadable(path: path, reason: String(cString: strerror(failure))) }
        return bytes
    }
}

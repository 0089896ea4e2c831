import Foundation

/// Reads whole record files of a folder with one `read` sized by `fstat`: the general reader's
/// 64 KiB zeroed chunk per file costs more than the reading itself over tens of thousands of files.
enum RecordFileReader {
    /// The file at `path`, relative to the folder open as `folder` (a short path to resolve, rather than a full one per file).
    static func read(_ path: String, in folder: Int32, limit: Int) throws -> [UInt8] {
        let descriptor = openat(folder, path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw LoadError.unreadable(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw LoadError.unreadable(path: path, reason: String(cString: strerror(errno))) }
        let size = min(Int(info.st_size), limit)
        var filled = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            while filled < size, let base = buffer.baseAddress {
                let got = Foundation.read(descriptor, base + filled, size - filled)
                if got < 0 && errno == EINTR { continue }
                guard got > 0 else { break }
                filled += got
            }
            count = filled
        }
        return bytes
    }
}

import Foundation
import GitKit

/// What `lstat` says of a file, as far as telling that it changed goes: its device, inode, size
/// and modification time, as git's index keeps them. A cache that recorded a file's fingerprint
/// with its digest takes the file as unchanged while `lstat` says the same, provided the file was
/// last changed before the cache was written (`isOlder(than:)` the cache file's own fingerprint):
/// a change within the same tick of the file system's clock could keep the time.
struct FileFingerprint: Sendable, Hashable {
    var device: UInt64
    var inode: UInt64
    var size: UInt64
    var seconds: Int64
    var nanoseconds: UInt32

    /// The fingerprint of a regular file; nil for anything else.
    init?(_ info: stat) {
        guard info.st_mode & S_IFMT == S_IFREG else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = UInt64(info.st_size)
        seconds = Int64(info.st_mtim.tv_sec)
        nanoseconds = UInt32(truncatingIfNeeded: info.st_mtim.tv_nsec)
    }

    init(device: UInt64, inode: UInt64, size: UInt64, seconds: Int64, nanoseconds: UInt32) {
        (self.device, self.inode, self.size, self.seconds, self.nanoseconds) = (device, inode, size, seconds, nanoseconds)
    }

    /// The fingerprint of the regular file at `path`, not following a link; nil when there is none.
    init?(path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// The bytes of the regular file at `path` (through `BoundedFile`: not followed if it is a
    /// link, not waited on if it is a FIFO, at most `maximumSize` bytes) with its fingerprint, when
    /// `lstat` says the same before and after the read: a file changed as it was read is not given.
    static func read(_ path: String, maximumSize: Int) -> (bytes: [UInt8], fingerprint: FileFingerprint)? {
        guard let before = FileFingerprint(path: path), case .bytes(let bytes) = BoundedFile.read(path, maximumSize: maximumSize),
            FileFingerprint(path: path) == before
        else { return nil }
        return (bytes, before)
    }

    /// Whether the file was changed before `other` (the table, written after every file).
    func isOlder(than other: FileFingerprint) -> Bool {
        (seconds, nanoseconds) < (other.seconds, other.nanoseconds)
    }

    /// Its 36 bytes (`ByteWriter`): device, inode, size, seconds, nanoseconds.
    func write(to writer: inout ByteWriter) {
        writer.u64(device)
        writer.u64(inode)
        writer.u64(size)
        writer.u64(UInt64(bitPattern: seconds))
        writer.u32(nanoseconds)
    }

    /// Reads what `write(to:)` wrote.
    init(reading reader: inout ByteReader) throws {
        self.init(
            device: try reader.u64(), inode: try reader.u64(), size: try reader.u64(),
            seconds: Int64(bitPattern: try reader.u64()), nanoseconds: try reader.u32())
    }
}

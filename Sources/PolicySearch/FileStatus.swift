import GitKit
import Foundation
import Platform
import PolicyKit

/// What `lstat` says about one path, as far as it tells whether the path changed: inode, size,
/// type and permissions, modification and status-change times to the nanosecond. All zero when
/// there is nothing at the path. The status-change time cannot be set back by `touch` or
/// `rsync -t`, and the inode changes when a file is replaced by a rename.
struct FileStatus: Equatable {
    static let size = 56
    static let absent = FileStatus(values: (0, 0, 0, 0, 0, 0, 0))

    var values: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)

    init(values: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)) { self.values = values }

    init(_ info: stat) {
        values = (
            UInt64(info.st_ino), UInt64(bitPattern: Int64(info.st_size)), UInt64(info.st_mode),
            UInt64(bitPattern: Int64(info.modificationTime.tv_sec)), UInt64(bitPattern: Int64(info.modificationTime.tv_nsec)),
            UInt64(bitPattern: Int64(info.statusChangeTime.tv_sec)), UInt64(bitPattern: Int64(info.statusChangeTime.tv_nsec))
        )
    }

    /// The status of `path` relative to the folder open as `directory`, links not followed.
    init(at path: UnsafePointer<CChar>, in directory: Int32) {
        var info = stat()
        self = fstatat(directory, path, &info, AT_SYMLINK_NOFOLLOW) == 0 ? FileStatus(info) : .absent
    }

    static func == (left: FileStatus, right: FileStatus) -> Bool {
        left.values.0 == right.values.0 && left.values.1 == right.values.1 && left.values.2 == right.values.2
            && left.values.3 == right.values.3 && left.values.4 == right.values.4 && left.values.5 == right.values.5
            && left.values.6 == right.values.6
    }

    func write(to writer: inout ByteWriter) {
        for value in [values.0, values.1, values.2, values.3, values.4, values.5, values.6] { writer.u64(value) }
    }

    init(reading bytes: UnsafeRawBufferPointer, at offset: Int) {
        func value(_ index: Int) -> UInt64 { UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + index * 8, as: UInt64.self)) }
        values = (value(0), value(1), value(2), value(3), value(4), value(5), value(6))
    }
}

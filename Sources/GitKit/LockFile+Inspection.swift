import Foundation
import Platform

extension LockFile {
    /// What is known about a lock file found on disk.
    public struct State: Sendable, Equatable {
        /// The lock file's path.
        public var path: String
        /// Seconds since it was last modified.
        public var age: TimeInterval
        /// The process that took it, when it was taken by GitKit (git records none).
        public var ownerProcess: Int32?
        /// True when GitKit took it and its owner is gone: it may be removed.
        public var isAbandoned: Bool
    }

    /// Inspects the lock file at `path` without blocking; nil when there is none (or it is not a
    /// regular file).
    public static func inspect(_ path: String) -> State? {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        let age = Date().timeIntervalSince1970 - TimeInterval(info.modificationTime.tv_sec)
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 64) }
        let text = count > 0 ? String(decoding: buffer[0..<count], as: UTF8.self) : ""
        guard text.hasPrefix(marker), text.hasSuffix("\n"),
            let pid = Int32(text.dropFirst(marker.count).dropLast())
        else {
            return State(path: path, age: age, ownerProcess: nil, isAbandoned: false)
        }
        // The owner holds an exclusive flock for as long as it lives.
        let free = flock(descriptor, LOCK_SH | LOCK_NB) == 0
        if free { flock(descriptor, LOCK_UN) }
        return State(path: path, age: age, ownerProcess: pid, isAbandoned: free)
    }

    /// Removes the lock file at `path` when GitKit took it and its owner is gone; true when removed.
    @discardableResult
    public static func removeIfAbandoned(_ path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        guard inspect(path)?.isAbandoned == true, flock(descriptor, LOCK_EX | LOCK_NB) == 0 else { return false }
        // Still the same file under that name (not a new lock taken meanwhile)?
        var held = stat(), named = stat()
        guard fstat(descriptor, &held) == 0, lstat(path, &named) == 0, held.st_ino == named.st_ino, held.st_dev == named.st_dev else {
            return false
        }
        return unlink(path) == 0
    }
}

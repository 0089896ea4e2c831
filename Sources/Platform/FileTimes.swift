#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The times of a `stat` result under one name on every platform (Linux calls them `st_mtim`
/// and `st_ctim`, Darwin `st_mtimespec` and `st_ctimespec`).
extension stat {
    /// When the file's content last changed.
    public var modificationTime: timespec {
        #if os(Linux)
        st_mtim
        #else
        st_mtimespec
        #endif
    }

    /// When the file's status (content, permissions, links, name) last changed.
    public var statusChangeTime: timespec {
        #if os(Linux)
        st_ctim
        #else
        st_ctimespec
        #endif
    }
}

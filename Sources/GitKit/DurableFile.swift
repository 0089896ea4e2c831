import Foundation

/// File-system steps that survive a crash of the process and of the machine: files and folders
/// flushed with `fsync`, files replaced by a rename of a complete temporary file.
public enum DurableFile {
    /// Flushes the file or folder at `path` to disk; a folder is flushed so that a rename or an
    /// unlink in it is on disk too.
    public static func sync(_ path: String) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { throw failure("open", path) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw failure("fsync", path) }
    }

    /// Flushes the folder that holds `path`.
    public static func syncFolder(of path: String) throws {
        try sync((path as NSString).deletingLastPathComponent)
    }

    /// Writes `bytes` to a new file at `path` (which must not exist), flushes it (unless `sync` is
    /// false), and leaves it closed; `mode` as for `open`.
    public static func create(_ path: String, _ bytes: some Collection<UInt8>, mode: mode_t = 0o644, sync: Bool = true) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode)
        guard descriptor >= 0 else { throw failure("open", path) }
        defer { close(descriptor) }
        try write(bytes, to: descriptor, path: path)
        guard !sync || fsync(descriptor) == 0 else { throw failure("fsync", path) }
    }

    /// Renames `source` over `destination` (same file system), then flushes the destination's folder.
    public static func rename(_ source: String, over destination: String) throws {
        guard Foundation.rename(source, destination) == 0 else { throw failure("rename", "\(source) -> \(destination)") }
        try syncFolder(of: destination)
    }

    static func write(_ bytes: some Collection<UInt8>, to descriptor: Int32, path: String) throws {
        let array = Array(bytes)
        var written = 0
        while written < array.count {
            let result = array.withUnsafeBytes { buffer in
                Foundation.write(descriptor, buffer.baseAddress.map { $0 + written }, array.count - written)
            }
            if result < 0, errno == EINTR { continue }
            guard result > 0 else { throw failure("write", path) }
            written += result
        }
    }

    static func failure(_ function: String, _ path: String) -> GitError {
        GitError(code: .other(-1), function: function, message: "\(path): \(String(cString: strerror(errno)))")
    }
}

import Foundation
import GitKit

/// Writes and reads work-tree files the way a crash cannot spoil: a complete, flushed temporary
/// file renamed over the target, so that a writer killed at any moment leaves either the old file
/// or the new one, never half of it.
///
/// The temporary file lives in `.git/policylab/tmp/` (never in a record folder); only when that is
/// on another file system than the target does it go beside the target, named
/// `.<name>.policylab-tmp-<pid>.<random>`, which recovery removes when its writer died.
enum WorkingTreeFile {
    static let temporaryMark = ".policylab-tmp-"

    /// What a work-tree file is, for comparing it with a blob: a link or not, and its bytes (a
    /// link's target).
    struct State: Equatable {
        var isLink: Bool
        var isExecutable: Bool
        var bytes: [UInt8]
    }

    static func write(_ bytes: [UInt8], to path: String, temporaryDirectory: String? = nil, executable: Bool = false) throws {
        try place(at: path, temporaryDirectory: temporaryDirectory) { temporary in
            try DurableFile.create(temporary, bytes, mode: executable ? 0o777 : 0o666)
            // As before: an executable gets 755 whatever the umask, like the tree records it.
            if executable { chmod(temporary, 0o755) }
        }
    }

    static func writeLink(_ destination: String, at path: String, temporaryDirectory: String? = nil) throws {
        try place(at: path, temporaryDirectory: temporaryDirectory) { temporary in
            guard symlink(destination, temporary) == 0 else { throw failure("cannot write the symbolic link \(path)") }
        }
    }

    /// Removes the file at `path` (not following a link), if there is one.
    static func remove(_ path: String) throws {
        guard unlink(path) == 0 || errno == ENOENT else { throw failure("cannot remove \(path)") }
    }

    /// The file at `path` as it is on disk, without following a link; nil when absent (or a folder).
    static func state(_ path: String) -> State? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFLNK:
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) else { return nil }
            return State(isLink: true, isExecutable: false, bytes: Array(target.utf8))
        case S_IFREG:
            return FileManager.default.contents(atPath: path).map {
                State(isLink: false, isExecutable: info.st_mode & 0o100 != 0, bytes: [UInt8]($0))
            }
        default:
            return nil
        }
    }

    /// Makes the new file under a temporary name with `make`, then renames it over `path`.
    private static func place(at path: String, temporaryDirectory: String?, _ make: (String) throws -> Void) throws {
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if let temporaryDirectory {
            try StateFolder.ensure(temporaryDirectory)
            let temporary = temporaryDirectory + "/" + TemporaryName.make("file")
            try make(temporary)
            if rename(temporary, path) == 0 { return }
            let reason = errno
            unlink(temporary)
            guard reason == EXDEV else { throw failure("cannot write \(path)", errno: reason) }
        }
        let name = (path as NSString).lastPathComponent
        let temporary = folder + "/." + name + temporaryMark + TemporaryName.make("file")
        try make(temporary)
        guard rename(temporary, path) == 0 else {
            let reason = errno
            unlink(temporary)  // the rename's error is what matters
            throw failure("cannot write \(path)", errno: reason)
        }
    }

    /// Removes the temporaries a dead writer left beside `path` (see the type's summary).
    static func removeAbandonedTemporaries(beside path: String) -> [String] {
        let folder = (path as NSString).deletingLastPathComponent
        let prefix = "." + (path as NSString).lastPathComponent + temporaryMark
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var removed: [String] = []
        for name in names where name.hasPrefix(prefix) {
            let owner = TemporaryName.ownerProcess(of: String(name.dropFirst(prefix.count)))
            if owner.map({ kill($0, 0) != 0 && errno == ESRCH }) ?? true, unlink(folder + "/" + name) == 0 {
                removed.append(folder + "/" + name)
            }
        }
        return removed
    }

    private static func failure(_ message: String, errno code: Int32 = errno) -> WriteError {
        WriteError.refused("\(message): \(String(cString: strerror(code)).lowercased())")
    }
}

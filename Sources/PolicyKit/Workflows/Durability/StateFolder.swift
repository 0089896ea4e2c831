import Foundation
import Platform
import GitKit

/// Where policylab keeps its own state in a repository: `.git/policylab/` (caches, the write
/// journal, temporary files), inside the git directory so that it is never part of the work tree.
public struct StateFolder: Sendable {
    /// `<git directory>/policylab`.
    public let root: String

    /// The state folder inside the git directory at `gitDirectory`.
    public init(gitDirectory: String) {
        root = gitDirectory + "/policylab"
    }

    /// The state folder of `repository`.
    public init(_ repository: Repository) {
        self.init(gitDirectory: repository.gitDirectory)
    }

    /// Temporary files, renamed into place when complete (same file system as the git directory).
    public var temporary: String { root + "/tmp" }
    /// The write-ahead records of writes in progress (or interrupted).
    public var journal: String { root + "/journal" }

    /// Creates `folder` when missing, flushing its parent so that the new folder survives a crash.
    static func ensure(_ folder: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue { return }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try DurableFile.syncFolder(of: folder)
    }

    /// Removes the temporary files of processes that are no longer running (and any older than a
    /// day); returns their names.
    @discardableResult
    public func removeAbandonedTemporaries() -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: temporary) else { return [] }
        var removed: [String] = []
        for name in names.sorted() where StateFolder.isAbandoned(temporary + "/" + name) {
            if unlink(temporary + "/" + name) == 0 { removed.append(name) }
        }
        return removed
    }

    /// A temporary file whose owner process is gone (or that is older than a day).
    static func isAbandoned(_ path: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return false }
        if Date().timeIntervalSince1970 - TimeInterval(info.modificationTime.tv_sec) > 86_400 { return true }
        guard let pid = TemporaryName.ownerProcess(of: (path as NSString).lastPathComponent) else { return true }
        return kill(pid, 0) != 0 && errno == ESRCH
    }
}

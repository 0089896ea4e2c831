import Foundation

/// A git lock file (`index.lock`) taken as git takes one, plus a mark of who holds it.
///
/// The lock is the file `<target>.lock`, created only when it does not exist (git and libgit2 then
/// wait or fail, as they do for each other). GitKit's lock is made complete before it appears: a
/// temporary file holding `gitkit-lock pid <pid>` is `flock`ed and hard-linked to the lock's name,
/// and the owner keeps the `flock` until it releases the lock. The kernel drops an `flock` when its
/// owner dies, so a GitKit lock whose `flock` can be taken was left by a killed process and can be
/// removed safely; a lock without the mark (git's own) can only be reported, with its age.
public final class LockFile {
    static let marker = "gitkit-lock pid "

    /// The lock file's path, `<target>.lock`.
    public let path: String
    private var descriptor: Int32

    /// Takes the lock of `target`; throws `.locked` when another process holds it.
    /// `temporaryDirectory` (created when missing) holds the lock while it is being made.
    public init(for target: String, temporaryDirectory: String) throws {
        path = target + ".lock"
        try FileManager.default.createDirectory(atPath: temporaryDirectory, withIntermediateDirectories: true)
        let temporary = temporaryDirectory + "/" + TemporaryName.make("lock")
        let mark = Array((Self.marker + "\(getpid())\n").utf8)
        var descriptor = open(temporary, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else { throw DurableFile.failure("open", temporary) }
        flock(descriptor, LOCK_EX)
        do {
            try DurableFile.write(mark, to: descriptor, path: temporary)
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        if link(temporary, path) != 0 {
            let linkError = errno
            unlink(temporary)
            close(descriptor)
            if linkError == EEXIST { throw Self.lockedError(path) }
            guard linkError == EXDEV || linkError == EPERM || linkError == ENOTSUP else {
                throw GitError(code: .other(-1), function: "link", message: "\(path): \(String(cString: strerror(linkError)))")
            }
            // Another file system (or one without hard links): create the lock in place.
            descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
            guard descriptor >= 0 else {
                if errno == EEXIST { throw Self.lockedError(path) }
                throw DurableFile.failure("open", path)
            }
            flock(descriptor, LOCK_EX)
            try? DurableFile.write(mark, to: descriptor, path: path)
        } else {
            unlink(temporary)
        }
        self.descriptor = descriptor
    }

    deinit { release() }

    /// Removes the lock (if still held); the guarded file is unchanged.
    public func release() {
        guard descriptor >= 0 else { return }
        unlink(path)
        close(descriptor)
        descriptor = -1
    }

    /// Replaces the guarded file by `replacement` (a complete file on the same file system) with
    /// one rename, flushed to disk, then releases the lock.
    public func commit(replacing target: String, with replacement: String) throws {
        try DurableFile.sync(replacement)
        try DurableFile.rename(replacement, over: target)
        release()
    }

    static func lockedError(_ path: String) -> GitError {
        GitError(code: .locked, function: "lock", message: "cannot lock '\(path)': the file exists")
    }
}

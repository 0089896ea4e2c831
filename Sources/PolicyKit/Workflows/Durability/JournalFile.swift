import Foundation
import GitKit

/// A write journal on disk, held open with an exclusive `flock` by its writer (or by the
/// recovery that handles it): the kernel drops the lock when the holder dies, so a journal whose
/// lock can be taken belongs to no running process.
final class JournalFile {
    let path: String
    private var descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit { close() }

    /// Writes `journal` durably into the state folder's journal folder: a flushed temporary file,
    /// locked before it appears, renamed in, and the folder flushed.
    static func create(_ journal: WriteJournal, in state: StateFolder) throws -> JournalFile {
        try StateFolder.ensure(state.temporary)
        try StateFolder.ensure(state.journal)
        let name = TemporaryName.make("journal")
        let temporary = state.temporary + "/" + name
        let descriptor = Foundation.open(temporary, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else { throw WriteError.refused("cannot write \(temporary): \(String(cString: strerror(errno)))") }
        let file = JournalFile(path: temporary, descriptor: descriptor)
        do {
            flock(descriptor, LOCK_EX)
            let bytes = try journal.encoded()
            var written = 0
            while written < bytes.count {
                let result = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress.map { $0 + written }, bytes.count - written) }
                if result < 0, errno == EINTR { continue }
                guard result > 0 else { throw WriteError.refused("cannot write \(temporary): \(String(cString: strerror(errno)))") }
                written += result
            }
            guard fsync(descriptor) == 0 else { throw WriteError.refused("cannot flush \(temporary): \(String(cString: strerror(errno)))") }
            let final = state.journal + "/" + name
            try DurableFile.rename(temporary, over: final)
            return JournalFile(moving: file, to: final)
        } catch {
            unlink(temporary)
            throw error
        }
    }

    private convenience init(moving file: JournalFile, to path: String) {
        self.init(path: path, descriptor: file.descriptor)
        file.descriptor = -1
    }

    /// What opening a journal found.
    enum Opened {
        /// Its writer (or another recovery) is running: leave it alone.
        case busy
        /// Locked by us, with its record.
        case ready(JournalFile, WriteJournal)
        /// Locked by us, but not to be trusted.
        case damaged(JournalFile, String)
    }

    /// Opens the journal at `path` without blocking, refusing anything but a regular file of at
    /// most `WriteJournal.maximumSize` bytes; nil when it is gone.
    static func open(_ path: String) -> Opened? {
        let descriptor = Foundation.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else {
            if errno == ENOENT { return nil }
            return .damaged(JournalFile(path: path, descriptor: -1), "cannot be opened (\(String(cString: strerror(errno))))")
        }
        let file = JournalFile(path: path, descriptor: descriptor)
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return .damaged(file, "not a regular file") }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else { return .busy }
        guard info.st_size <= WriteJournal.maximumSize else { return .damaged(file, "too large (\(info.st_size) bytes)") }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        let capacity = bytes.count
        var count = 0
        while count < capacity {
            let offset = count
            let result = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress.map { $0 + offset }, capacity - offset) }
            if result < 0, errno == EINTR { continue }
            guard result > 0 else { break }
            count += result
        }
        guard count <= WriteJournal.maximumSize else { return .damaged(file, "too large") }
        do {
            return .ready(file, try WriteJournal.decode(Array(bytes[0..<count])))
        } catch {
            return .damaged(file, "\(error)")
        }
    }

    /// Removes the journal (the write is complete or discarded) and drops the lock.
    func remove() {
        unlink(path)
        close()
    }

    /// Moves a damaged journal aside (`<name>.damaged`), where it is no longer read, and drops the lock.
    func quarantine() -> String {
        let target = path + ".damaged"
        rename(path, target)
        close()
        return target
    }

    func close() {
        guard descriptor >= 0 else { return }
        Foundation.close(descriptor)
        descriptor = -1
    }
}

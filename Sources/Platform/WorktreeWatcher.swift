#if os(Linux)
import Glibc
import Foundation

/// A background process that watches a working tree's record folders with inotify and counts
/// the changes it sees, so that a query can tell that nothing changed since the index was
/// vouched for (`IndexVoucher`) without checking the status of every file: the stat check costs
/// about 2 µs per file and folder, over 100 ms for 50,000 records, and this costs one connection.
///
/// It watches the root (for `policylab.yaml` and the three record folders) and every folder
/// under `toolkit/`, `projects/` and `lessons/` (links not followed). A folder is watched before
/// it is listed, so a folder created while it is listed is seen either way. Any change under
/// those folders counts; a folder created, moved in or out, or a lost event (queue overflow)
/// makes it watch the tree afresh. It answers only once every folder is watched, stops when it
/// cannot watch one (no inotify watches left), when the working tree, the cache folder or its
/// socket is removed or moved, and after `idleSeconds` without a query.
public final class WorktreeWatcher {
    private let root: String
    private let cacheDirectory: String
    private let tree: WatchedTree
    private let identity = UInt64.random(in: 1...UInt64.max)
    private var generation: UInt64 = 0
    private let lock: Int32
    private let inotify: Int32
    private var listener: Int32 = -1
    private var socket: (device: UInt64, inode: UInt64)?
    private var rootWatch: Int32 = -1
    private var cacheWatch: Int32 = -1
    /// Watched folders under the root, by watch descriptor: paths relative to the root.
    private var folders: [Int32: String] = [:]
    private var needsRescan = false
    private var stopped = false
    /// Set when the tree or the cache folder is being removed: the socket is then left to
    /// whoever removes them (removing it too would race with them).
    private var removed = false

    private static let folderEvents = UInt32(
        IN_MODIFY | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF)
    private static let onlyFolders = UInt32(IN_ONLYDIR) | UInt32(IN_DONT_FOLLOW)

    /// Starts watching `root`, answering on a socket in `cacheDirectory`; nil when another watcher
    /// already serves that folder. Throws when the tree cannot be watched.
    public init?(_ tree: WatchedTree) throws {
        self.tree = tree
        self.root = tree.root
        self.cacheDirectory = tree.cacheDirectory
        if let mounts = try? String(contentsOfFile: "/proc/self/mountinfo", encoding: .utf8),
            let type = Self.fileSystemType(of: root, mountInfo: mounts), !Self.reportsEveryChange(type)
        {
            throw WatcherError("\(root) is on a \(type) file system, where inotify does not see changes made from other machines")
        }
        lock = open(cacheDirectory + "/" + WatcherChannel.lockName, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard lock >= 0 else { throw WatcherError("cannot open the watcher's lock: \(String(cString: strerror(errno)))") }
        guard flock(lock, LOCK_EX | LOCK_NB) == 0 else {
            close(lock)
            return nil
        }
        inotify = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        // From here every property is set: a failure leaves the closing to deinit.
        guard inotify >= 0 else { throw WatcherError("inotify: \(String(cString: strerror(errno)))") }
        cacheWatch = inotify_add_watch(inotify, cacheDirectory, UInt32(IN_DELETE | IN_MOVED_FROM | IN_DELETE_SELF | IN_MOVE_SELF) | Self.onlyFolders)
        rootWatch = inotify_add_watch(
            inotify, root,
            UInt32(
                IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_MODIFY | IN_ATTRIB
                    | IN_DELETE_SELF | IN_MOVE_SELF) | Self.onlyFolders)
        guard cacheWatch >= 0, rootWatch >= 0 else { throw WatcherError("cannot watch \(root): \(String(cString: strerror(errno)))") }
        watchTree()
        guard !stopped else { throw WatcherError("cannot watch every folder of \(root) (no inotify watches left?)") }
        try listen()
        let pid = Array("\(getpid())\n".utf8)
        ftruncate(lock, 0)
        _ = pwrite(lock, pid, pid.count, 0)
    }

    deinit {
        if listener >= 0 {
            close(listener)
            // Removed only while it is still this watcher's: a later watcher may have replaced it.
            let path = cacheDirectory + "/" + WatcherChannel.socketName
            var info = stat()
            if !removed, lstat(path, &info) == 0, let socket, socket == (UInt64(info.st_dev), UInt64(info.st_ino)) { unlink(path) }
        }
        if inotify >= 0 { close(inotify) }
        close(lock)
    }

    /// Serves queries until the tree or the cache folder goes away, or `idleSeconds` pass without one.
    public func run(idleSeconds: Int) {
        var lastQuery = Date()
        while !stopped {
            let remaining = Double(idleSeconds) - Date().timeIntervalSince(lastQuery)
            guard remaining > 0 else { return }
            var descriptors = [pollfd(fd: inotify, events: Int16(POLLIN), revents: 0), pollfd(fd: listener, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&descriptors, 2, Int32(min(remaining * 1000, 60_000)) + 1)
            if ready < 0 && errno != EINTR { return }
            if descriptors[0].revents != 0 { readEvents() }
            if descriptors[1].revents != 0 {
                let client = accept(listener, nil, nil)
                guard client >= 0 else { continue }
                // Every change made before the query connected is queued by now: count them first.
                readEvents()
                if !stopped {
                    let reply = WatcherChannel.reply(.init(identity: identity, generation: generation), root: root)
                    _ = send(client, reply, reply.count, Int32(MSG_NOSIGNAL))
                }
                close(client)
                lastQuery = Date()
            }
        }
    }

    private func listen() throws {
        let path = cacheDirectory + "/" + WatcherChannel.socketName
        unlink(path)  // left by a watcher that died: this one holds the lock
        listener = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard listener >= 0 else { throw WatcherError("socket: \(String(cString: strerror(errno)))") }
        let bound = WatcherChannel.withAddress(in: cacheDirectory) { address, length in bind(listener, address, length) == 0 }
        guard bound == true, Glibc.listen(listener, 64) == 0 else {
            throw WatcherError("cannot listen on \(path): \(String(cString: strerror(errno)))")
        }
        var info = stat()
        if lstat(path, &info) == 0 { socket = (UInt64(info.st_dev), UInt64(info.st_ino)) }
    }

    /// Watches every record folder afresh, and drops the watches of folders no longer in the tree.
    private func watchTree() {
        let old = folders
        folders = [:]
        for folder in tree.folders { watch(folder) }
        for descriptor in old.keys where folders[descriptor] == nil { inotify_rm_watch(inotify, descriptor) }
        needsRescan = false
    }

    /// Watches the folder at `relative` and, after that, every folder under it.
    private func watch(_ relative: String) {
        let path = root + "/" + relative
        let descriptor = inotify_add_watch(inotify, path, Self.folderEvents | Self.onlyFolders)
        guard descriptor >= 0 else {
            // Gone or not a folder: its removal is a change already counted. Anything else leaves a folder unwatched.
            if errno != ENOENT && errno != ENOTDIR { stopped = true }
            return
        }
        folders[descriptor] = relative
        for child in tree.subfolders(path) { watch(relative + "/" + child) }
    }

    /// Reads and counts every queued event, then watches the tree afresh when one asked for it.
    private func readEvents() {
        let capacity = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            let count = read(inotify, buffer, capacity)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            var offset = 0
            while offset + 16 <= count {
                let descriptor = buffer.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                let mask = buffer.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                let length = Int(buffer.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                let nameBytes = UnsafeRawBufferPointer(start: buffer + offset + 16, count: min(length, count - offset - 16))
                let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                handle(descriptor, mask, name)
                offset += 16 + length
            }
        }
        if needsRescan && !stopped { watchTree() }
    }

    private func handle(_ descriptor: Int32, _ mask: UInt32, _ name: String) {
        func has(_ flag: Int32) -> Bool { mask & UInt32(bitPattern: flag) != 0 }
        if has(IN_Q_OVERFLOW) {
            generation += 1
            needsRescan = true
        } else if descriptor == cacheWatch {
            // The socket and the lock keep the folder from being freed, so the folder's own
            // removal is reported only once they are closed: their removal says it first.
            let ownFile = name == WatcherChannel.socketName || name == WatcherChannel.lockName
            if has(IN_DELETE_SELF) || has(IN_MOVE_SELF) || has(IN_IGNORED) || (ownFile && (has(IN_DELETE) || has(IN_MOVED_FROM))) {
                (stopped, removed) = (true, true)
            }
        } else if descriptor == rootWatch {
            if has(IN_DELETE_SELF) || has(IN_MOVE_SELF) || has(IN_IGNORED) || has(IN_UNMOUNT) {
                (stopped, removed) = (true, true)
            } else if tree.rootNames.contains(name) {
                generation += 1
                if has(IN_ISDIR) { needsRescan = true }
            }
        } else if let folder = folders[descriptor] {
            generation += 1
            if has(IN_IGNORED) {
                folders[descriptor] = nil
            } else if has(IN_ISDIR) && has(IN_CREATE) {
                watch(folder + "/" + name)
            } else if (has(IN_ISDIR) && (has(IN_MOVED_FROM) || has(IN_MOVED_TO))) || has(IN_MOVE_SELF) {
                needsRescan = true
            }
        }
    }
}

extension WorktreeWatcher {
    /// The type of the file system that holds `path` (an absolute path without links), from the
    /// text of `/proc/self/mountinfo`: the last mount at the longest mount point above it.
    static func fileSystemType(of path: String, mountInfo: String) -> String? {
        var best: (length: Int, type: String)?
        for line in mountInfo.split(separator: "\n") {
            let halves = line.components(separatedBy: " - ")
            let fields = halves[0].split(separator: " ")
            guard halves.count >= 2, fields.count >= 5, let type = halves[1].split(separator: " ").first else { continue }
            let point = String(fields[4]).replacingOccurrences(of: "\\040", with: " ")
            let above = point == "/" || path == point || path.hasPrefix(point + "/")
            if above, point.count >= (best?.length ?? -1) { best = (point.count, String(type)) }
        }
        return best?.type
    }

    /// Whether inotify sees every change on a file system of `type`: not on network and FUSE
    /// file systems, whose other clients' changes it never hears of (git's fsmonitor refuses them too).
    static func reportsEveryChange(_ type: String) -> Bool {
        let remote: Set = ["nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "afs", "ceph", "lustre", "gpfs", "virtiofs", "vboxsf", "fuse"]
        return !remote.contains(type) && !type.hasPrefix("fuse.")
    }
}
#endif

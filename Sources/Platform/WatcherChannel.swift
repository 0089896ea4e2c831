#if os(Linux)
import Glibc

/// The Unix socket through which a query asks the working tree's watcher (`WorktreeWatcher`)
/// what it has seen: `search-watch.sock` in the cache folder. A query connects; the watcher
/// first reads every change the kernel has queued for it (inotify queues them before the
/// writing call returns), then answers with its identity, how many changes it has seen, and the
/// working tree it watches, and closes.
///
///     u64 identity, u64 generation, then the working tree's path (UTF-8) to the end
enum WatcherChannel {
    static let socketName = "search-watch.sock"
    /// Held (`flock`) by the running watcher, and holding its process id.
    static let lockName = "search-watch.lock"

    /// The answer of the watcher of `root` whose socket is in `folder`; nil when none answers within a second.
    static func ask(in folder: String, root: String) -> WatcherAnswer? {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var timeout = timeval(tv_sec: 1, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let connected = withAddress(in: folder) { address, length in connect(descriptor, address, length) == 0 }
        guard connected == true else { return nil }
        var reply: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while reply.count <= 16 + 4096 {
            let count = read(descriptor, &buffer, buffer.count)
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { return nil }
            if count == 0 { break }
            reply += buffer[0..<count]
        }
        guard reply.count >= 16, reply[16...].elementsEqual(root.utf8) else { return nil }
        return reply.withUnsafeBytes { raw in
            WatcherAnswer(
                identity: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self)),
                generation: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)))
        }
    }

    static func reply(_ answer: WatcherAnswer, root: String) -> [UInt8] {
        withUnsafeBytes(of: answer.identity.littleEndian, Array.init) + withUnsafeBytes(of: answer.generation.littleEndian, Array.init)
            + Array(root.utf8)
    }

    /// Calls `body` with the address of the socket in `folder`, reached as `/proc/self/fd/N/…`
    /// through a descriptor of the folder, so that a deep repository path cannot overflow the
    /// 108 bytes of a socket address. Nil when the folder cannot be opened.
    static func withAddress<T>(in folder: String, _ body: (UnsafePointer<sockaddr>, socklen_t) -> T) -> T? {
        let directory = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard directory >= 0 else { return nil }
        defer { close(directory) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let path = Array("/proc/self/fd/\(directory)/\(socketName)".utf8)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: path.prefix($0.count - 1)) }
        return withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
    }
}
#endif

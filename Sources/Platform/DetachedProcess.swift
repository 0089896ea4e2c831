#if os(Linux)
import Glibc
#endif

/// Starts this same program again, detached, like `git gc --auto` does: its own session,
/// standard streams on /dev/null, no other descriptor inherited, default signal handling, not
/// waited for. Used for work a command hands to the background (building the search index,
/// watching the working tree). Linux only: elsewhere nothing is started.
public enum DetachedProcess {
    /// Starts this program with `arguments` (the first is its name, as `argv[0]`); returns
    /// whether it started. A failure to start only means that the background work is not done.
    @discardableResult
    public static func start(_ arguments: [String]) -> Bool {
        #if os(Linux)
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        for descriptor in Int32(0)...2 {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        // Nothing else inherited: a long-lived watcher holding its caller's pipe would keep the caller waiting.
        for descriptor in openDescriptors() where descriptor > 2 && fcntl(descriptor, F_GETFD) >= 0 {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
        var signals = sigset_t()
        sigfillset(&signals)
        posix_spawnattr_setsigdefault(&attributes, &signals)
        sigemptyset(&signals)
        posix_spawnattr_setsigmask(&attributes, &signals)
        posix_spawnattr_setflags(&attributes, setSignalDefaults | setSignalMask | newSession)
        var argv = arguments.map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var process = pid_t()
        return posix_spawn(&process, "/proc/self/exe", &actions, &attributes, &argv, environ) == 0
        #else
        return false
        #endif
    }

    #if os(Linux)
    // glibc's POSIX_SPAWN_SETSIGDEF, POSIX_SPAWN_SETSIGMASK and POSIX_SPAWN_SETSID, which Swift's
    // Glibc module does not export.
    private static let setSignalDefaults: Int16 = 0x04
    private static let setSignalMask: Int16 = 0x08
    private static let newSession: Int16 = 0x80

    /// The descriptors open in this process, from `/proc/self/fd`.
    private static func openDescriptors() -> [Int32] {
        guard let directory = opendir("/proc/self/fd") else { return [] }
        defer { closedir(directory) }
        var descriptors: [Int32] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self) }
            if let descriptor = Int32(name) { descriptors.append(descriptor) }
        }
        return descriptors
    }
    #endif
}

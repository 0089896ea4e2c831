#if os(Linux)
import Glibc
#endif

/// The watcher of this platform: `WorktreeWatcher` (inotify and a Unix socket) on Linux; on
/// other systems none, so that every query checks the files' statuses instead.
public struct SystemWorktreeWatching: WorktreeWatching {
    /// The platform's watcher.
    public init() {}

    /// The answer of the watcher of `tree`; always nil on systems without a watcher.
    public func ask(_ tree: WatchedTree) -> WatcherAnswer? {
        #if os(Linux)
        WatcherChannel.ask(in: tree.cacheDirectory, root: tree.root)
        #else
        nil
        #endif
    }

    /// Watches `tree` until it or its cache folder goes away or `idleSeconds` pass without a query; nothing on
    /// systems without a watcher.
    public func watch(_ tree: WatchedTree, idleSeconds: Int) throws {
        #if os(Linux)
        chdir("/")  // a watcher must not keep the folder it was started from busy
        try WorktreeWatcher(tree)?.run(idleSeconds: idleSeconds)
        #endif
    }
}

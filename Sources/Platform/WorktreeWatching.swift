/// A way to learn that nothing changed in a working tree without checking every file: a
/// process that watches the tree and answers queries. `SystemWorktreeWatching` is the one of
/// this platform (inotify on Linux, none elsewhere).
public protocol WorktreeWatching: Sendable {
    /// The answer of the watcher of `tree`; nil when none answers within a second.
    func ask(_ tree: WatchedTree) -> WatcherAnswer?

    /// Watches `tree` and answers queries until the tree or its cache folder goes away, or
    /// `idleSeconds` pass without a query; returns at once when another process watches it.
    func watch(_ tree: WatchedTree, idleSeconds: Int) throws
}

/// One answer of a working tree's watcher: equal answers mean that nothing changed in between.
public struct WatcherAnswer: Equatable, Sendable {
    /// Random, chosen when the watcher starts: a restarted watcher never repeats an answer.
    public var identity: UInt64
    /// The number of changes seen since the watcher started.
    public var generation: UInt64

    /// An answer with these values.
    public init(identity: UInt64, generation: UInt64) {
        self.identity = identity
        self.generation = generation
    }
}

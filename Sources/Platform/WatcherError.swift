/// Why the working tree cannot be watched.
public struct WatcherError: Error, CustomStringConvertible {
    /// What went wrong, in words.
    public let description: String

    init(_ description: String) { self.description = description }
}

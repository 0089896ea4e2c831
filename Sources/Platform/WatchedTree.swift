/// What a watcher watches: the folders of a working tree that hold the files that matter, and
/// the names at its root whose change counts, with the cache folder that holds its socket.
public struct WatchedTree: Sendable {
    /// The working tree's root (an absolute path).
    public var root: String
    /// The folder of the watcher's socket and lock (the search cache folder, `.git/policylab`).
    public var cacheDirectory: String
    /// The folders under the root to watch with every folder under them, relative to the root.
    public var folders: [String]
    /// The names at the root whose creation, change or removal counts as a change.
    public var rootNames: Set<String>
    /// The names of the folders inside the folder at a path, links not followed.
    public var subfolders: @Sendable (String) -> [String]

    /// A tree to watch.
    public init(
        root: String, cacheDirectory: String, folders: [String], rootNames: Set<String>,
        subfolders: @escaping @Sendable (String) -> [String]
    ) {
        self.root = root
        self.cacheDirectory = cacheDirectory
        self.folders = folders
        self.rootNames = rootNames
        self.subfolders = subfolders
    }
}

/// For each commit, the paths it changed relative to its first parent (every path, for a root
/// commit): what `Repository.pathHistory` needs to skip, without reading a single tree, the
/// commits that left a file alone.
///
/// Closed under ancestry: every parent of an indexed commit is indexed too
/// (`Repository.updateChangedPathIndex` keeps it so), so a commit in the index stands for its
/// whole history. `tips` are commits whose ancestry is known to be complete, used to hide the
/// indexed part of the graph when new commits are added.
public struct ChangedPathIndex: Sendable, Equatable {
    /// What the index knows about one commit.
    struct Entry: Sendable, Equatable {
        var parents: [ObjectID]
        /// Numbers of the paths changed relative to the first parent, ascending.
        var changed: [UInt32]
    }

    /// The most tips kept; older ones are dropped (their commits stay indexed).
    static let maximumTips = 16

    /// Every path that any indexed commit changed, numbered by position.
    private(set) var paths: [String] = []
    private var pathNumbers: [String: UInt32] = [:]
    /// Commits in the order they were added, which is the order of the file.
    private(set) var commits: [ObjectID] = []
    private(set) var entries: [ObjectID: Entry] = [:]
    /// Commits whose whole ancestry is indexed, newest last.
    private(set) var tips: [ObjectID] = []

    /// An empty index.
    public init() {}

    /// How many commits the index knows.
    public var count: Int { commits.count }

    /// The indexed commits in the order they were added (new commits are appended).
    public var commitsInOrder: [ObjectID] { commits }

    /// Whether `commit` (and so its whole ancestry) is indexed.
    public func contains(_ commit: ObjectID) -> Bool { entries[commit] != nil }

    /// The first parent of `commit` when the index shows that `commit` left `path` as it was
    /// there: same blob, same mode. Nil when the commit is not indexed, is a root, or changed the path.
    public func firstParent(of commit: ObjectID, ifUnchanged path: String) -> ObjectID? {
        guard let entry = entries[commit], let first = entry.parents.first else { return nil }
        guard let number = pathNumbers[path] else { return first }
        return Self.sortedContains(entry.changed, number) ? nil : first
    }

    /// The paths `commit` changed relative to its first parent; nil when it is not indexed.
    public func changedPaths(of commit: ObjectID) -> [String]? {
        entries[commit].map { $0.changed.map { paths[Int($0)] } }
    }

    /// Adds a commit (ignored when already there). Its parents must be added too before the
    /// index is used or saved.
    mutating func add(_ commit: ObjectID, parents: [ObjectID], changed: [String]) {
        guard entries[commit] == nil else { return }
        var numbers: [UInt32] = []
        for path in Set(changed) { numbers.append(number(for: path)) }
        numbers.sort()
        commits.append(commit)
        entries[commit] = Entry(parents: parents, changed: numbers)
    }

    /// Records that the whole ancestry of `tip` is indexed.
    mutating func addTip(_ tip: ObjectID) {
        tips.removeAll { $0 == tip }
        tips.append(tip)
        if tips.count > Self.maximumTips { tips.removeFirst(tips.count - Self.maximumTips) }
    }

    /// Rebuilds an index from its decoded parts, checked by the caller.
    init(paths: [String], commits: [ObjectID], entries: [ObjectID: Entry], tips: [ObjectID]) {
        self.paths = paths
        pathNumbers = Dictionary(paths.enumerated().map { ($1, UInt32($0)) }, uniquingKeysWith: { first, _ in first })
        self.commits = commits
        self.entries = entries
        self.tips = tips
    }

    private mutating func number(for path: String) -> UInt32 {
        if let known = pathNumbers[path] { return known }
        let number = UInt32(paths.count)
        paths.append(path)
        pathNumbers[path] = number
        return number
    }

    private static func sortedContains(_ numbers: [UInt32], _ number: UInt32) -> Bool {
        var low = 0, high = numbers.count
        while low < high {
            let middle = (low + high) / 2
            if numbers[middle] < number { low = middle + 1 } else { high = middle }
        }
        return low < numbers.count && numbers[low] == number
    }
}

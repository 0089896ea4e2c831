/// One step of `Repository.pathHistory`: what one commit did to the file at a path, and which
/// parents (with which path) the history goes on in. Remembers trees between steps.
final class PathHistoryStep {
    /// Where the history goes on: a parent, the file's path there, and whether the index alone
    /// may tell whether the parent changed it (false only for the first commit, whose change is
    /// always read from its trees).
    struct Next {
        var commit: ObjectID
        var path: String
        var present: Bool
    }

    private let repository: Repository
    private let resolver: PathResolver
    private let followRenames: Bool
    private let index: ChangedPathIndex?
    // A parent's tree is needed again when the history reaches it.
    private var trees: [ObjectID: ObjectID] = [:]

    init(repository: Repository, followRenames: Bool, index: ChangedPathIndex?) {
        self.repository = repository
        resolver = PathResolver(repository: repository)
        self.followRenames = followRenames
        self.index = index
    }

    /// The change `id` made to the file at `current` (nil if none), and where the history goes on
    /// (earlier entries take precedence for the same parent).
    func step(_ id: ObjectID, path current: String, present: Bool) throws -> (change: PathChange?, next: [Next]) {
        // The index shows the first parent kept the file: the trees would only confirm it.
        if present, let first = index?.firstParent(of: id, ifUnchanged: current) {
            return (nil, [Next(commit: first, path: current, present: true)])
        }
        let (tree, parents) = try repository.treeAndParents(of: id)
        trees[id] = nil
        let blob = try resolver.blob(at: current, inTree: tree)
        let parentTrees = try parents.map { parent in
            if let known = trees[parent] { return known }
            let tree = try repository.treeAndParents(of: parent).tree
            trees[parent] = tree
            return tree
        }
        let parentBlobs = try parentTrees.map { try resolver.blob(at: current, inTree: $0) }
        // Same as a parent, present or absent in both: like `git log -- PATH`, go on in that
        // parent, through times the file did not exist, to an earlier life of the path.
        if let same = parentBlobs.firstIndex(where: { $0 == blob }) {
            return (nil, [Next(commit: parents[same], path: current, present: true)])
        }
        if parents.isEmpty && blob == nil { return (nil, []) }
        var previous: (path: String, blob: ObjectID)?
        var next: [Next] = []
        for (index, parent) in parents.enumerated() {
            var renamedFrom: String?
            if parentBlobs[index] == nil, followRenames, blob != nil {
                renamedFrom = try repository.renameSource(of: current, from: parentTrees[index], to: tree)
            }
            // Not renamed: the history goes on with the same path (absent there, maybe deleted earlier).
            let parentPath = renamedFrom ?? current
            if index == 0, let parentBlob = try resolver.blob(at: parentPath, inTree: parentTrees[index]) {
                previous = (parentPath, parentBlob)
            }
            next.append(Next(commit: parent, path: parentPath, present: true))
        }
        let change = PathChange(
            commit: try repository.commit(id), path: current, blob: blob, previousPath: previous?.path,
            previousBlob: previous?.blob)
        return (change, next)
    }
}

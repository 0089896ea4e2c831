/// One step of `Repository.pathHistory`: what one commit did to the file at a path, and which
/// parents (with which path) the history goes on in. Remembers trees between steps.
final class PathHistoryStep {
    /// Where the history goes on: a parent, the file's path there, and whether the file is
    /// known to be there (then the index alone can tell whether the parent changed it).
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
        if let same = parentBlobs.firstIndex(where: { $0 == blob }) {
            return (nil, blob == nil ? [] : [Next(commit: parents[same], path: current, present: true)])
        }
        if parents.isEmpty && blob == nil { return (nil, []) }
        var previous: (path: String, blob: ObjectID)?
        var next: [Next] = []
        for (index, parent) in parents.enumerated() {
            var parentPath: String? = parentBlobs[index] == nil ? nil : current
            if parentPath == nil, followRenames, blob != nil {
                parentPath = try repository.renameSource(of: current, from: parentTrees[index], to: tree)
            }
            guard let parentPath else { continue }
            if index == 0, let parentBlob = try resolver.blob(at: parentPath, inTree: parentTrees[index]) {
                previous = (parentPath, parentBlob)
            }
            next.append(Next(commit: parent, path: parentPath, present: parentBlobs[index] != nil))
        }
        let change = PathChange(commit: try repository.commit(id), path: current, blob: blob, previousPath: previous?.path,
                                previousBlob: previous?.blob)
        return (change, next)
    }
}

internal import CGit2

/// Finds the blob at a path in many trees, remembering the answer for each (sub)tree id, so that a
/// subtree shared by several commits is opened once.
final class PathResolver {
    private let repository: Repository
    private var cache: [String: [ObjectID: ObjectID?]] = [:]

    init(repository: Repository) { self.repository = repository }

    /// The blob (regular or executable file) at `path` in `tree`, or nil.
    func blob(at path: String, inTree tree: ObjectID) throws -> ObjectID? {
        let components = path.split(separator: "/").map(String.init)
        // The cache key of each level is the rest of the path from there.
        let suffixes = components.indices.map { components[$0...].joined(separator: "/") }
        return try resolve(components, suffixes, level: 0, in: tree)
    }

    private func resolve(_ components: [String], _ suffixes: [String], level: Int, in tree: ObjectID) throws -> ObjectID? {
        guard level < components.count else { return nil }
        if let known = cache[suffixes[level]]?[tree] { return known }
        let entry = try repository.lookupTree(tree).withPointer { tree in
            components[level].withCString { git_tree_entry_byname(tree, $0) }.map { TreeEntry($0) }
        }
        var result: ObjectID?
        if let entry {
            if level == components.count - 1 {
                result = entry.kind == .blob || entry.kind == .executable ? entry.id : nil
            } else if entry.kind == .tree {
                result = try resolve(components, suffixes, level: level + 1, in: entry.id)
            }
        }
        cache[suffixes[level], default: [:]][tree] = .some(result)
        return result
    }
}

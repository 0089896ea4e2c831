internal import CGit2

extension Repository {
    /// The paths of the files that differ (in id or mode, or exist on one side only) between two
    /// trees (nil: the empty tree), without rename detection.
    ///
    /// libgit2's tree diff reads every entry of both trees; this compares them level by level
    /// and never opens a subtree whose id is the same on both sides.
    func changedFiles(old: ObjectID?, new: ObjectID?) throws -> [String] {
        var result: [String] = []
        try compareTrees(old: old.map { try lookupTree($0) }, new: new.map { try lookupTree($0) }, prefix: "", into: &result)
        return result
    }

    private func compareTrees(old: Handle?, new: Handle?, prefix: String, into result: inout [String]) throws {
        try withOptionalTree(old) { old in
            try withOptionalTree(new) { new in
                let oldCount = old.map { git_tree_entrycount($0) } ?? 0
                let newCount = new.map { git_tree_entrycount($0) } ?? 0
                var (oldIndex, newIndex) = (0, 0)
                while oldIndex < oldCount || newIndex < newCount {
                    let oldEntry = oldIndex < oldCount ? old.flatMap { git_tree_entry_byindex($0, oldIndex) } : nil
                    let newEntry = newIndex < newCount ? new.flatMap { git_tree_entry_byindex($0, newIndex) } : nil
                    let order = Self.treeOrder(oldEntry, newEntry)
                    if order == 0, let oldEntry, let newEntry {
                        oldIndex += 1
                        newIndex += 1
                        if git_oid_equal(git_tree_entry_id(oldEntry), git_tree_entry_id(newEntry)) != 0,
                           git_tree_entry_filemode(oldEntry) == git_tree_entry_filemode(newEntry) { continue }
                        try changed(oldEntry, newEntry, prefix: prefix, into: &result)
                    } else if order < 0 {
                        oldIndex += 1
                        try changed(oldEntry, nil, prefix: prefix, into: &result)
                    } else {
                        newIndex += 1
                        try changed(nil, newEntry, prefix: prefix, into: &result)
                    }
                }
            }
        }
    }

    /// Records a pair of entries of the same name that differ (or one entry with no counterpart).
    private func changed(_ old: OpaquePointer?, _ new: OpaquePointer?, prefix: String, into result: inout [String]) throws {
        guard let name = (old ?? new).flatMap({ git_tree_entry_name($0) }) else { return }
        let path = prefix + String(cString: name)
        let oldTree = try old.flatMap { try subtree($0) }
        let newTree = try new.flatMap { try subtree($0) }
        if (old != nil && oldTree == nil) || (new != nil && newTree == nil) { result.append(path) }
        if oldTree != nil || newTree != nil { try compareTrees(old: oldTree, new: newTree, prefix: path + "/", into: &result) }
    }

    private func subtree(_ entry: OpaquePointer) throws -> Handle? {
        guard git_tree_entry_type(entry) == GIT_OBJECT_TREE, let id = git_tree_entry_id(entry) else { return nil }
        return try lookupTree(ObjectID(id))
    }

    /// Git's order of tree entries: by name, a tree's name compared as if it ended in "/";
    /// 0 only for the same name and kind. A missing entry sorts last.
    private static func treeOrder(_ old: OpaquePointer?, _ new: OpaquePointer?) -> Int {
        guard let old, let oldName = git_tree_entry_name(old) else { return 1 }
        guard let new, let newName = git_tree_entry_name(new) else { return -1 }
        let oldEnd: UInt8 = git_tree_entry_type(old) == GIT_OBJECT_TREE ? 0x2f : 0
        let newEnd: UInt8 = git_tree_entry_type(new) == GIT_OBJECT_TREE ? 0x2f : 0
        var offset = 0
        while true {
            let oldByte = UInt8(bitPattern: oldName[offset]), newByte = UInt8(bitPattern: newName[offset])
            if oldByte != newByte || oldByte == 0 {
                let left = oldByte == 0 ? oldEnd : oldByte, right = newByte == 0 ? newEnd : newByte
                return left < right ? -1 : left > right ? 1 : 0
            }
            offset += 1
        }
    }

    private func withOptionalTree<R>(_ handle: Handle?, _ body: (OpaquePointer?) throws -> R) rethrows -> R {
        guard let handle else { return try body(nil) }
        return try handle.withPointer { try body($0) }
    }
}

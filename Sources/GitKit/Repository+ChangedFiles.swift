import Foundation
internal import CGit2

extension Repository {
    /// The paths of the files that differ (in id or mode, or exist on one side only) between two
    /// trees (nil: the empty tree), without rename detection.
    ///
    /// libgit2's tree diff parses every entry of both trees; this compares the raw tree objects
    /// level by level, skips the bytes both trees share at their start and end (a commit mostly
    /// changes one entry of a folder of thousands), and never opens a subtree whose id is the same
    /// on both sides.
    func changedFiles(old: ObjectID?, new: ObjectID?, reader: RawTreeReader? = nil) throws -> [String] {
        var result: [String] = []
        try compareTrees(old, new, prefix: "", reader: try reader ?? RawTreeReader(repository: self), into: &result)
        return result
    }

    private func compareTrees(
        _ old: ObjectID?, _ new: ObjectID?, prefix: String, reader: RawTreeReader,
        into result: inout [String]
    ) throws {
        guard old != new else { return }
        try withRawTree(old, reader) { oldTree in
            try withRawTree(new, reader) { newTree in
                let shared = Self.sharedPrefix(oldTree, newTree)
                let sharedEnd = Self.sharedSuffix(oldTree, newTree)
                // Whole entries inside the shared start are the same in both trees, at the same offsets.
                var oldOffset = 0
                while let entry = try Self.entry(at: oldOffset, in: oldTree, old), entry.end <= shared { oldOffset = entry.end }
                var newOffset = oldOffset
                while true {
                    let oldRemaining = oldTree.count - oldOffset, newRemaining = newTree.count - newOffset
                    // From two entry boundaries, equal shared tails hold the same entries.
                    if oldRemaining == newRemaining && oldRemaining <= sharedEnd { return }
                    let oldEntry = try Self.entry(at: oldOffset, in: oldTree, old)
                    let newEntry = try Self.entry(at: newOffset, in: newTree, new)
                    if oldEntry == nil && newEntry == nil { return }
                    let order = Self.treeOrder(oldEntry, oldTree, newEntry, newTree)
                    if order == 0, let oldEntry, let newEntry {
                        oldOffset = oldEntry.end
                        newOffset = newEntry.end
                        if Self.sameBytes(oldEntry, oldTree, newEntry, newTree) { continue }
                        try changed(oldEntry, oldTree, newEntry, newTree, prefix: prefix, reader: reader, into: &result)
                    } else if order < 0, let oldEntry {
                        oldOffset = oldEntry.end
                        try changed(oldEntry, oldTree, nil, newTree, prefix: prefix, reader: reader, into: &result)
                    } else if let newEntry {
                        newOffset = newEntry.end
                        try changed(nil, oldTree, newEntry, newTree, prefix: prefix, reader: reader, into: &result)
                    }
                }
            }
        }
    }

    /// Records a pair of entries of the same name that differ (or one entry with no counterpart).
    private func changed(
        _ old: RawTreeEntry?, _ oldTree: UnsafeRawBufferPointer, _ new: RawTreeEntry?,
        _ newTree: UnsafeRawBufferPointer, prefix: String, reader: RawTreeReader,
        into result: inout [String]
    ) throws {
        let path = prefix + (old.map { $0.name(in: oldTree) } ?? new.map { $0.name(in: newTree) } ?? "")
        if let old, !old.isTree { result.append(path) } else if let new, !new.isTree { result.append(path) }
        let oldSubtree = old.flatMap { $0.isTree ? $0.id(in: oldTree) : nil }
        let newSubtree = new.flatMap { $0.isTree ? $0.id(in: newTree) : nil }
        if oldSubtree != nil || newSubtree != nil {
            try compareTrees(oldSubtree, newSubtree, prefix: path + "/", reader: reader, into: &result)
        }
    }

    private func withRawTree<R>(_ id: ObjectID?, _ reader: RawTreeReader, _ body: (UnsafeRawBufferPointer) throws -> R) throws -> R {
        guard let id else { return try body(UnsafeRawBufferPointer(start: nil, count: 0)) }
        return try reader.withTree(id, body)
    }

    /// The entry at `offset`; nil at the end of the tree; throws for a damaged tree.
    private static func entry(at offset: Int, in tree: UnsafeRawBufferPointer, _ id: ObjectID?) throws -> RawTreeEntry? {
        guard offset < tree.count else { return nil }
        guard let entry = RawTreeEntry.at(offset, in: tree) else {
            throw GitError(
                code: .other(GIT_EINVALID.rawValue), function: "changedFiles",
                message: "tree \(id?.hex ?? "?") is damaged at byte \(offset)")
        }
        return entry
    }

    /// Git's order of tree entries: by name, a tree's name compared as if it ended in "/";
    /// 0 only for the same name and kind. A missing entry sorts last.
    private static func treeOrder(
        _ old: RawTreeEntry?, _ oldTree: UnsafeRawBufferPointer, _ new: RawTreeEntry?,
        _ newTree: UnsafeRawBufferPointer
    ) -> Int {
        guard let old, let oldBase = oldTree.baseAddress else { return 1 }
        guard let new, let newBase = newTree.baseAddress else { return -1 }
        let oldLength = old.nameEnd - old.nameStart, newLength = new.nameEnd - new.nameStart
        let common = min(oldLength, newLength)
        let compared = memcmp(oldBase + old.nameStart, newBase + new.nameStart, common)
        if compared != 0 { return compared < 0 ? -1 : 1 }
        let left: UInt8 = oldLength > common ? oldTree[old.nameStart + common] : old.isTree ? 0x2f : 0
        let right: UInt8 = newLength > common ? newTree[new.nameStart + common] : new.isTree ? 0x2f : 0
        return left < right ? -1 : left > right ? 1 : 0
    }

    /// Whether two entries have the same mode, name and id.
    private static func sameBytes(
        _ old: RawTreeEntry, _ oldTree: UnsafeRawBufferPointer, _ new: RawTreeEntry,
        _ newTree: UnsafeRawBufferPointer
    ) -> Bool {
        guard let oldBase = oldTree.baseAddress, let newBase = newTree.baseAddress else { return false }
        let length = old.end - old.start
        return length == new.end - new.start && memcmp(oldBase + old.start, newBase + new.start, length) == 0
    }

    /// How many bytes the two buffers share at their start (memcmp a block at a time).
    static func sharedPrefix(_ one: UnsafeRawBufferPointer, _ two: UnsafeRawBufferPointer) -> Int {
        guard let first = one.baseAddress, let second = two.baseAddress else { return 0 }
        let limit = min(one.count, two.count)
        var offset = 0
        let block = 1024
        while offset + block <= limit, memcmp(first + offset, second + offset, block) == 0 { offset += block }
        while offset < limit, one[offset] == two[offset] { offset += 1 }
        return offset
    }

    /// How many bytes the two buffers share at their end.
    static func sharedSuffix(_ one: UnsafeRawBufferPointer, _ two: UnsafeRawBufferPointer) -> Int {
        guard let first = one.baseAddress, let second = two.baseAddress else { return 0 }
        let limit = min(one.count, two.count)
        var length = 0
        let block = 1024
        while length + block <= limit,
            memcmp(first + (one.count - length - block), second + (two.count - length - block), block) == 0
        { length += block }
        while length < limit, one[one.count - length - 1] == two[two.count - length - 1] { length += 1 }
        return length
    }
}

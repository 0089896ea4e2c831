import Foundation
internal import CGit2

/// Reads trees as the raw bytes of their objects (`mode SP name NUL 20-byte-id`, repeated), for
/// comparing two trees without libgit2 parsing every entry of both into a `git_tree`.
final class RawTreeReader {
    private let odb: Handle

    init(repository: Repository) throws {
        odb = try Handle.make("git_repository_odb", release: git_odb_free) { git_repository_odb($0, repository.pointer) }
    }

    /// Lends the bytes of the tree `id` to `body` (valid only inside it).
    func withTree<R>(_ id: ObjectID, _ body: (UnsafeRawBufferPointer) throws -> R) throws -> R {
        var oid = id.oid
        let object = try odb.withPointer { odb in
            try Handle.make("git_odb_read", release: git_odb_object_free) { git_odb_read($0, odb, &oid) }
        }
        return try object.withPointer { object in
            guard git_odb_object_type(object) == GIT_OBJECT_TREE else {
                throw GitError(code: .other(GIT_EINVALID.rawValue), function: "git_odb_read", message: "object \(id.hex) is not a tree")
            }
            return try body(UnsafeRawBufferPointer(start: git_odb_object_data(object), count: git_odb_object_size(object)))
        }
    }
}

/// One entry of a raw tree: where its name and id lie in the buffer.
struct RawTreeEntry {
    /// Offset of the entry's first byte (its mode) and of the byte after its id.
    var start: Int
    var end: Int
    var nameStart: Int
    var nameEnd: Int
    var isTree: Bool

    /// The entry at `offset`, or nil at the end or for a malformed one.
    static func at(_ offset: Int, in tree: UnsafeRawBufferPointer) -> RawTreeEntry? {
        guard let base = tree.baseAddress, offset < tree.count else { return nil }
        // Modes are "40000" or six digits ("100644", ...): no need to search for the space.
        let modeLength = tree[offset] == 0x34 ? 5 : 6
        guard offset + modeLength < tree.count, tree[offset + modeLength] == 0x20 else { return nil }
        let nameStart = offset + modeLength + 1
        guard nameStart < tree.count, let nul = memchr(base + nameStart, 0, tree.count - nameStart) else { return nil }
        let nameEnd = base.distance(to: UnsafeRawPointer(nul))
        let end = nameEnd + 1 + 20
        guard end <= tree.count else { return nil }
        // Trees have mode 40000 (040000 from some old tools); every other mode starts with 1.
        let isTree = tree[offset] == 0x34 || (tree[offset] == 0x30 && tree[offset + 1] == 0x34)
        return RawTreeEntry(start: offset, end: end, nameStart: nameStart, nameEnd: nameEnd, isTree: isTree)
    }

    func id(in tree: UnsafeRawBufferPointer) -> ObjectID {
        ObjectID(bytes: Array(tree[(end - 20)..<end]))
    }

    func name(in tree: UnsafeRawBufferPointer) -> String {
        String(decoding: UnsafeRawBufferPointer(rebasing: tree[nameStart..<nameEnd]), as: UTF8.self)
    }
}

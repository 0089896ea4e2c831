import Foundation

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

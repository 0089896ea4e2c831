import PolicyKit
/// Interns terms (byte strings) to dense ids with an open-addressing hash table over one byte
/// arena: indexing tens of millions of words allocates no string per word.
struct TermTable {
    private var slots: [Int32]
    private(set) var hashes: [UInt64] = []
    private(set) var starts: [Int] = []
    private(set) var lengths: [Int] = []
    private(set) var arena: [UInt8] = []

    init(capacity: Int = 1 << 14) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
    }

    var count: Int { hashes.count }

    /// FNV-1a: cheap and good enough to spread short words.
    @inline(__always) static func hash(_ term: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in term { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// The id of `term`, added when new.
    mutating func id(of term: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let id = slots[slot]
            if id < 0 { break }
            if hashes[Int(id)] == hash, equals(Int(id), term) { return id }
            slot = (slot + 1) & mask
        }
        let id = Int32(hashes.count)
        slots[slot] = id
        hashes.append(hash)
        starts.append(arena.count)
        lengths.append(term.count)
        arena.append(contentsOf: term)
        if hashes.count * 2 > slots.count { grow() }
        return id
    }

    /// The bytes of term `id`.
    func term(_ id: Int) -> ArraySlice<UInt8> { arena[starts[id]..<(starts[id] + lengths[id])] }

    private func equals(_ id: Int, _ term: UnsafeBufferPointer<UInt8>) -> Bool {
        guard lengths[id] == term.count else { return false }
        var offset = starts[id]
        for byte in term {
            if arena[offset] != byte { return false }
            offset += 1
        }
        return true
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for id in 0..<hashes.count {
            var slot = Int(truncatingIfNeeded: hashes[id]) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }
}

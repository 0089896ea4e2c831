/// Appends little-endian integers and bytes to a buffer.
struct ByteWriter {
    private(set) var data: [UInt8] = []

    mutating func bytes(_ bytes: some Sequence<UInt8>) { data.append(contentsOf: bytes) }

    mutating func u32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { data.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }

    mutating func u64(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { data.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    /// 64-bit FNV-1a: enough to notice a truncated or damaged file.
    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }
}

/// Reads little-endian integers and bytes from a buffer, throwing at its end.
struct ByteReader {
    private let data: ArraySlice<UInt8>
    private var offset: Int

    init(data: ArraySlice<UInt8>) {
        self.data = data
        offset = data.startIndex
    }

    var isAtEnd: Bool { offset == data.endIndex }

    mutating func bytes(_ count: Int) throws -> ArraySlice<UInt8> {
        guard count >= 0, data.endIndex - offset >= count else {
            throw ChangedPathIndex.FormatError(description: "history index: truncated")
        }
        defer { offset += count }
        return data[offset..<(offset + count)]
    }

    mutating func u32() throws -> UInt32 {
        try bytes(4).reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }

    mutating func u64() throws -> UInt64 {
        try bytes(8).reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// A count of items that follow, each at least 4 bytes: bounded by what is left, so a damaged
    /// count cannot make the reader allocate without limit.
    mutating func count() throws -> Int {
        let count = Int(try u32())
        guard count <= (data.endIndex - offset) else { throw ChangedPathIndex.FormatError(description: "history index: bad count") }
        return count
    }
}

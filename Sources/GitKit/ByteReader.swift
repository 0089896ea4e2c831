/// Reads what `ByteWriter` wrote, throwing at a truncation or an impossible count rather than
/// trusting the bytes: the one reader of every binary file policylab keeps.
public struct ByteReader {
    private let data: ArraySlice<UInt8>
    private var offset: Int
    private let failure: (String) -> any Error

    /// Reads `data`; a problem is thrown as `failure` makes it of its description ("truncated").
    public init(_ data: ArraySlice<UInt8>, failure: @escaping (String) -> any Error) {
        self.data = data
        self.failure = failure
        offset = data.startIndex
    }

    /// Whether every byte has been read.
    public var isAtEnd: Bool { offset == data.endIndex }

    /// The next `count` bytes.
    public mutating func bytes(_ count: Int) throws -> ArraySlice<UInt8> {
        guard count >= 0, data.endIndex - offset >= count else { throw failure("truncated") }
        defer { offset += count }
        return data[offset..<(offset + count)]
    }

    /// The next byte.
    public mutating func u8() throws -> UInt8 { try bytes(1).first ?? 0 }

    /// The next 32-bit unsigned integer, little-endian.
    public mutating func u32() throws -> UInt32 { UInt32(littleEndian: try load(UInt32.self)) }

    /// The next 64-bit unsigned integer, little-endian.
    public mutating func u64() throws -> UInt64 { UInt64(littleEndian: try load(UInt64.self)) }

    /// The next `MemoryLayout<T>.size` bytes as they are in memory (the caller orders them).
    private mutating func load<T: FixedWidthInteger>(_: T.Type) throws -> T {
        let size = MemoryLayout<T>.size
        guard data.endIndex - offset >= size else { throw failure("truncated") }
        defer { offset += size }
        return data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset - data.startIndex, as: T.self) }
    }

    /// A count (u32) of items that follow, each at least `itemSize` bytes: bounded by what is
    /// left, so that a damaged count cannot make the reader allocate without limit.
    public mutating func count(itemSize: Int = 1) throws -> Int {
        let count = Int(try u32())
        guard count <= (data.endIndex - offset) / max(1, itemSize) else { throw failure("bad count") }
        return count
    }

    /// A string written by `ByteWriter.string` (its length is bounded by what is left).
    public mutating func string() throws -> String {
        let length = Int(try u32())
        return String(decoding: try bytes(length), as: UTF8.self)
    }
}

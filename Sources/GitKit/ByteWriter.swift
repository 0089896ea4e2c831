/// Appends little-endian integers, bytes and length-prefixed strings to a buffer: the one
/// writer of every binary file policylab keeps (history cache, reference index, search index).
public struct ByteWriter {
    /// What was written so far.
    public var data: [UInt8] = []

    /// An empty buffer with room for `capacity` bytes.
    public init(capacity: Int = 0) { data.reserveCapacity(capacity) }

    /// Appends `bytes` as they are.
    public mutating func bytes(_ bytes: some Sequence<UInt8>) { data.append(contentsOf: bytes) }

    /// Appends one byte.
    public mutating func u8(_ value: UInt8) { data.append(value) }

    /// Appends a 32-bit unsigned integer, little-endian.
    public mutating func u32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }

    /// Appends each of `values` as `u32` would their bit patterns, in one copy: a site's search
    /// postings are millions of them.
    public mutating func u32(bitPatternsOf values: [Int32]) {
        #if _endian(little)
        values.withUnsafeBytes { data.append(contentsOf: $0) }
        #else
        for value in values { u32(UInt32(bitPattern: value)) }
        #endif
    }

    /// Appends a 64-bit unsigned integer, little-endian.
    public mutating func u64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }

    /// Appends the UTF-8 length of `text` (u32), then its bytes.
    public mutating func string(_ text: String) {
        u32(UInt32(text.utf8.count))
        data.append(contentsOf: text.utf8)
    }

    /// Appends zeros up to the next multiple of 8, so that the next section stays aligned.
    public mutating func pad() { data.append(contentsOf: repeatElement(0, count: (data.count + 7) & ~7 - data.count)) }
}

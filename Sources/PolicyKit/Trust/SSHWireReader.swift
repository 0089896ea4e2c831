/// Reads the SSH wire encoding (RFC 4251 §5): `uint32` lengths followed by that many bytes.
///
/// Every read is bounded by the bytes left, so a hostile length can never read past the end or
/// allocate more than the input holds.
struct SSHWireReader {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Whether every byte has been read.
    var isAtEnd: Bool { offset == bytes.count }

    /// Reads exactly `count` raw bytes.
    mutating func raw(_ count: Int) throws(SSHFormatError) -> [UInt8] {
        guard count >= 0, count <= bytes.count - offset else { throw .truncated }
        defer { offset += count }
        return Array(bytes[offset..<offset + count])
    }

    /// Reads a big-endian `uint32`.
    mutating func uint32() throws(SSHFormatError) -> UInt32 {
        try raw(4).reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// Reads a length-prefixed byte string.
    mutating func string() throws(SSHFormatError) -> [UInt8] {
        let length = try uint32()
        guard length <= UInt32(bytes.count - offset) else { throw .truncated }
        return try raw(Int(length))
    }

    /// Reads a length-prefixed string that must be printable ASCII (algorithm names, namespaces).
    mutating func name() throws(SSHFormatError) -> String {
        let value = try string()
        guard value.allSatisfy({ $0 >= 0x21 && $0 < 0x7F }) else { throw .malformed("a name holds a byte that is not printable ASCII") }
        return String(decoding: value, as: UTF8.self)
    }

    /// Reads an `mpint` (two's complement, big-endian) that must be non-negative; returns its
    /// magnitude without leading zero bytes.
    mutating func positiveInteger() throws(SSHFormatError) -> [UInt8] {
        let value = try string()
        if let first = value.first, first & 0x80 != 0 { throw .malformed("a negative integer") }
        return Array(value.drop { $0 == 0 })
    }
}

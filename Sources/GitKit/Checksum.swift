/// The checksum of every binary file policylab keeps: a fast 64-bit hash (words multiplied and
/// rotated) that detects a truncated or damaged file. It detects corruption, not tampering:
/// what is read is checked further before it is used.
public enum Checksum {
    /// The checksum of `bytes`, from `seed`.
    public static func of(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = 0x9E37_79B9_7F4A_7C15) -> UInt64 {
        var hash = seed ^ UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            hash = ((hash ^ word) &* 0xff51_afd7_ed55_8ccd)
            hash = (hash << 31) | (hash >> 33)
            offset += 8
        }
        while offset < bytes.count {
            hash = (hash ^ UInt64(bytes[offset])) &* 0x100_0000_01b3
            offset += 1
        }
        return hash ^ (hash >> 29)
    }

    /// The checksum of a byte collection.
    public static func of(_ bytes: some Collection<UInt8>) -> UInt64 {
        if let sum = bytes.withContiguousStorageIfAvailable({ of(UnsafeRawBufferPointer($0)) }) { return sum }
        return Array(bytes).withUnsafeBytes { of($0) }
    }
}

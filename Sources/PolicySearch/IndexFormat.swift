import PolicyKit
/// The layout of the on-disk search index (all integers little-endian):
///
///     header   magic "PLSRCH03", then u64 file length, key length, documents, terms, postings,
///              path bytes, term bytes; f64 average title, summary and body lengths; u64 checksum
///     key      what the index was built from: `tree:` and a tree id, or `worktree:` and a
///              `WorktreeSnapshot` (the paths and file status of the folders and record files)
///     documents  24 bytes each: u32 path offset, path length, kind, title, summary and body lengths
///     paths    the documents' paths, UTF-8
///     terms    24 bytes each, sorted by term bytes: u32 term offset, length, first posting, postings; u64 checksum of the postings
///     term bytes
///     postings 8 bytes each, by term then document: u32 document, u8 title count, u8 summary count, u16 body count
///
/// Every section but the postings is checked against the header checksum when the index is
/// opened (a few megabytes for 50,000 records); each term's postings against their own checksum
/// when read; offsets are checked against their sections when followed. So nothing read is
/// trusted unchecked, and a query reads only its own terms' postings.
enum IndexFormat {
    static let magic = Array("PLSRCH03".utf8)
    static let headerSize = 96
    static let documentSize = 24
    static let termSize = 24
    static let postingSize = 8

    /// Rounds up to a multiple of 8, so that sections stay aligned.
    static func aligned(_ size: Int) -> Int { (size + 7) & ~7 }

    /// A fast 64-bit checksum (words multiplied and rotated): detects corruption, not tampering.
    static func checksum(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = 0x9E37_79B9_7F4A_7C15) -> UInt64 {
        var hash = seed ^ UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
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
}

/// Why an index file cannot be used; the caller then builds a fresh one.
enum IndexError: Error, Equatable {
    case corrupt(String)
    case otherKey
}

/// Appends little-endian values to a byte buffer.
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func u32(_ value: Int) { withUnsafeBytes(of: UInt32(truncatingIfNeeded: value).littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func u64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func pad() { bytes.append(contentsOf: repeatElement(0, count: IndexFormat.aligned(bytes.count) - bytes.count)) }
}

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
}

import GitKit
import Foundation
import PolicyKit

/// An index file opened for queries, usually memory-mapped: opening checks the header, the
/// checksum of the small sections and the key; a query reads (and checks) only its own terms'
/// postings, and bounds are checked on every read, so a damaged file is reported, never trusted.
struct SearchIndex {
    /// One indexed record file.
    struct Document {
        var kind: RecordKind
        var path: String
    }

    let bytes: IndexBytes
    let documentCount: Int
    let termCount: Int
    /// Mean number of terms in titles, summaries and bodies.
    let averageLengths: (title: Double, summary: Double, body: Double)
    private let keyLength: Int
    private let pathBytes: Int
    private let termBytes: Int
    private let documentsStart: Int
    private let pathsStart: Int
    private let termsStart: Int
    private let termBytesStart: Int
    private let postingsStart: Int
    private let postingCount: Int

    /// Opens `bytes`, or throws when they are not an intact index built for `key`.
    init(bytes: IndexBytes, key: String) throws {
        let wanted = Array(key.utf8)
        try self.init(bytes: bytes) { stored in stored.elementsEqual(wanted) }
    }

    /// Opens `bytes`, or throws when they are not an intact index whose key `accepts`.
    init(bytes: IndexBytes, accepts: (UnsafeRawBufferPointer) -> Bool) throws {
        self.bytes = bytes
        guard bytes.count >= IndexFormat.headerSize, bytes.slice(0..<8).elementsEqual(IndexFormat.magic) else {
            throw IndexError.corrupt("not a search index")
        }
        let header = (0..<11).map { bytes.u64(8 + $0 * 8) }
        guard header[0] == UInt64(bytes.count), header[1...6].allSatisfy({ $0 < UInt64(Int32.max) }) else { throw IndexError.corrupt("sizes") }
        (keyLength, documentCount, termCount, postingCount, pathBytes, termBytes) =
            (Int(header[1]), Int(header[2]), Int(header[3]), Int(header[4]), Int(header[5]), Int(header[6]))
        averageLengths = (Double(bitPattern: header[7]), Double(bitPattern: header[8]), Double(bitPattern: header[9]))
        documentsStart = IndexFormat.headerSize + IndexFormat.aligned(keyLength)
        pathsStart = documentsStart + documentCount * IndexFormat.documentSize
        termsStart = pathsStart + IndexFormat.aligned(pathBytes)
        termBytesStart = termsStart + termCount * IndexFormat.termSize
        postingsStart = termBytesStart + IndexFormat.aligned(termBytes)
        guard postingsStart + postingCount * IndexFormat.postingSize == bytes.count else { throw IndexError.corrupt("layout") }
        // A few megabytes at memory speed: cheaper than checking each document and term up front.
        let sum = Checksum.of(bytes.slice(96..<postingsStart), seed: Checksum.of(bytes.slice(0..<88)))
        guard sum == bytes.u64(88) else { throw IndexError.corrupt("checksum") }
        guard accepts(bytes.slice(IndexFormat.headerSize..<(IndexFormat.headerSize + keyLength))) else { throw IndexError.otherKey }
    }

    /// The term table entry `index`, checked against the sections it points into.
    private func entry(_ index: Int) throws -> (offset: Int, length: Int, first: Int, count: Int) {
        let base = termsStart + index * IndexFormat.termSize
        let entry = (offset: bytes.u32(base), length: bytes.u32(base + 4), first: bytes.u32(base + 8), count: bytes.u32(base + 12))
        guard entry.offset + entry.length <= termBytes, entry.first + entry.count <= postingCount else { throw IndexError.corrupt("term \(index)") }
        return entry
    }

    func document(_ index: Int) throws -> Document {
        let base = documentsStart + index * IndexFormat.documentSize
        let (offset, length, kind) = (bytes.u32(base), bytes.u32(base + 4), bytes.u32(base + 8))
        guard offset + length <= pathBytes, kind < RecordKind.allCases.count else { throw IndexError.corrupt("document \(index)") }
        return Document(
            kind: RecordKind.allCases[kind],
            path: String(decoding: bytes.slice((pathsStart + offset)..<(pathsStart + offset + length)), as: UTF8.self))
    }

    /// The number of terms in the title, summary and body of document `index` (below `documentCount`).
    @inline(__always) func lengths(_ index: Int) -> (title: Int, summary: Int, body: Int) {
        let base = documentsStart + index * IndexFormat.documentSize
        return (bytes.u32(base + 12), bytes.u32(base + 16), bytes.u32(base + 20))
    }

    /// The kind of document `index` (below `documentCount`), or nil when the file is damaged.
    func kind(_ index: Int) -> RecordKind? {
        let kind = bytes.u32(documentsStart + index * IndexFormat.documentSize + 8)
        return kind < RecordKind.allCases.count ? RecordKind.allCases[kind] : nil
    }

    /// Calls `body` with each posting of `term` (none when no document has it), document by
    /// document; throws, before calling `body`, when they fail their checksum.
    func forEachPosting(of term: [UInt8], _ body: (_ posting: SearchPosting) -> Void) throws {
        guard let (index, entry) = try find(term) else { return }
        let start = postingsStart + entry.first * IndexFormat.postingSize
        let slice = bytes.slice(start..<(start + entry.count * IndexFormat.postingSize))
        guard Checksum.of(slice) == bytes.u64(termsStart + index * IndexFormat.termSize + 16) else { throw IndexError.corrupt("postings") }
        for position in 0..<entry.count {
            let offset = position * IndexFormat.postingSize
            let document = Int(UInt32(littleEndian: slice.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
            guard document < documentCount else { throw IndexError.corrupt("posting") }
            body(
                SearchPosting(
                    document: document, title: Int(slice[offset + 4]), summary: Int(slice[offset + 5]),
                    body: Int(UInt16(littleEndian: slice.loadUnaligned(fromByteOffset: offset + 6, as: UInt16.self)))))
        }
    }

    /// Binary search of the sorted term table, comparing bytes in place.
    private func find(_ wanted: [UInt8]) throws -> (Int, (offset: Int, length: Int, first: Int, count: Int))? {
        var low = 0
        var high = termCount
        while low < high {
            let middle = (low + high) / 2
            let entry = try self.entry(middle)
            let stored = bytes.slice((termBytesStart + entry.offset)..<(termBytesStart + entry.offset + entry.length))
            if stored.elementsEqual(wanted) { return (middle, entry) }
            if stored.lexicographicallyPrecedes(wanted) { low = middle + 1 } else { high = middle }
        }
        return nil
    }
}

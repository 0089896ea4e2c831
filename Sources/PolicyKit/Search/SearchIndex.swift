import Foundation

/// An index file opened for queries, usually memory-mapped: opening checks the header and the
/// small sections; a query reads (and checks) only its own terms' postings.
struct SearchIndex {
    /// One indexed record file.
    struct Document {
        var kind: RecordKind
        var path: String
    }

    /// A document and how often a term appears in each of its fields.
    struct Posting {
        var document: Int
        var title: Int
        var summary: Int
        var body: Int
    }

    let data: Data
    let documentCount: Int
    let termCount: Int
    /// Mean number of terms in titles, summaries and bodies.
    let averageLengths: (title: Double, summary: Double, body: Double)
    private let documentsStart: Int
    private let pathsStart: Int
    private let termsStart: Int
    private let termBytesStart: Int
    private let postingsStart: Int
    private let postingCount: Int

    /// Opens `data`, or throws when it is not an intact index built for `key`.
    init(data: Data, key: String) throws {
        self.data = data
        let header = try data.withUnsafeBytes { raw -> [UInt64] in
            guard raw.count >= IndexFormat.headerSize, Array(raw[0..<8]) == IndexFormat.magic else { throw IndexError.corrupt("not a search index") }
            return (0..<11).map { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8 + $0 * 8, as: UInt64.self)) }
        }
        guard header[0] == UInt64(data.count), header[1...6].allSatisfy({ $0 < UInt64(Int32.max) }) else { throw IndexError.corrupt("sizes") }
        let (keyLength, documents, terms, postings, pathBytes, termBytes) =
            (Int(header[1]), Int(header[2]), Int(header[3]), Int(header[4]), Int(header[5]), Int(header[6]))
        documentCount = documents
        termCount = terms
        postingCount = postings
        averageLengths = (Double(bitPattern: header[7]), Double(bitPattern: header[8]), Double(bitPattern: header[9]))
        documentsStart = IndexFormat.headerSize + IndexFormat.aligned(keyLength)
        pathsStart = documentsStart + documents * IndexFormat.documentSize
        termsStart = pathsStart + IndexFormat.aligned(pathBytes)
        termBytesStart = termsStart + terms * IndexFormat.termSize
        postingsStart = termBytesStart + IndexFormat.aligned(termBytes)
        guard postingsStart + postings * IndexFormat.postingSize == data.count else { throw IndexError.corrupt("layout") }
        let (start, end) = (postingsStart, documentsStart)
        try data.withUnsafeBytes { raw in
            let sum = IndexFormat.checksum(UnsafeRawBufferPointer(rebasing: raw[96..<start]),
                                           seed: IndexFormat.checksum(UnsafeRawBufferPointer(rebasing: raw[0..<88])))
            guard sum == UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 88, as: UInt64.self)) else { throw IndexError.corrupt("checksum") }
            guard Array(raw[96..<(96 + keyLength)]) == Array(key.utf8), end - 96 >= keyLength else { throw IndexError.otherKey }
        }
        // Offsets inside the checked sections must still stay inside them.
        for index in 0..<terms {
            let entry = self.entry(index)
            guard entry.offset + entry.length <= termBytes, entry.first + entry.count <= postings else { throw IndexError.corrupt("term \(index)") }
        }
        for index in 0..<documents {
            let (offset, length, kind) = (u32(documentsStart + index * 24), u32(documentsStart + index * 24 + 4), u32(documentsStart + index * 24 + 8))
            guard offset + length <= pathBytes, kind < RecordKind.allCases.count else { throw IndexError.corrupt("document \(index)") }
        }
    }

    private func u32(_ offset: Int) -> Int {
        Int(UInt32(littleEndian: data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self) }))
    }

    private func entry(_ index: Int) -> (offset: Int, length: Int, first: Int, count: Int) {
        let base = termsStart + index * IndexFormat.termSize
        return (u32(base), u32(base + 4), u32(base + 8), u32(base + 12))
    }

    func document(_ index: Int) -> Document {
        let base = documentsStart + index * IndexFormat.documentSize
        let (offset, length) = (u32(base), u32(base + 4))
        let path = data.withUnsafeBytes { String(decoding: $0[(pathsStart + offset)..<(pathsStart + offset + length)], as: UTF8.self) }
        return Document(kind: RecordKind.allCases[u32(base + 8)], path: path)
    }

    /// The number of terms in the title, summary and body of document `index`.
    func lengths(_ index: Int) -> (title: Int, summary: Int, body: Int) {
        let base = documentsStart + index * IndexFormat.documentSize
        return (u32(base + 12), u32(base + 16), u32(base + 20))
    }

    /// The postings of `term` (empty when no document has it); throws when they fail their checksum.
    func postings(of term: String) throws -> [Posting] {
        let wanted = Array(term.utf8)
        var low = 0
        var high = termCount
        while low < high {
            let middle = (low + high) / 2
            let entry = self.entry(middle)
            let bytes = data.withUnsafeBytes { Array($0[(termBytesStart + entry.offset)..<(termBytesStart + entry.offset + entry.length)]) }
            if bytes == wanted { return try read(middle, entry) }
            if bytes.lexicographicallyPrecedes(wanted) { low = middle + 1 } else { high = middle }
        }
        return []
    }

    private func read(_ index: Int, _ entry: (offset: Int, length: Int, first: Int, count: Int)) throws -> [Posting] {
        let start = postingsStart + entry.first * IndexFormat.postingSize
        return try data.withUnsafeBytes { raw in
            let slice = UnsafeRawBufferPointer(rebasing: raw[start..<(start + entry.count * IndexFormat.postingSize)])
            let stored = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: termsStart + index * IndexFormat.termSize + 16, as: UInt64.self))
            guard IndexFormat.checksum(slice) == stored else { throw IndexError.corrupt("postings") }
            return (0..<entry.count).compactMap { position in
                let offset = position * IndexFormat.postingSize
                let document = Int(UInt32(littleEndian: slice.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
                guard document < documentCount else { return nil }
                return Posting(document: document, title: Int(slice[offset + 4]), summary: Int(slice[offset + 5]),
                               body: Int(UInt16(littleEndian: slice.loadUnaligned(fromByteOffset: offset + 6, as: UInt16.self))))
            }
        }
    }
}

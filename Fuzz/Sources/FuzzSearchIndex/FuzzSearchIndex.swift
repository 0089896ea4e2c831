import FuzzSupport
import GitKit
@testable import PolicyKit
@testable import PolicySearch

/// An empty working tree, for the snapshot key's file checks.
let root = FuzzFolder.make("search")

/// A cached search index and a query over it. The first byte is the query's length, then the query,
/// then the index file. The file's length, header checksum and each term's postings checksum are
/// set right before it is opened (where the layout allows), so that inputs get past the checksums
/// into the code that follows offsets: a damaged index must be refused or answered, never trusted.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSearchIndex(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let (length, rest) = FuzzInput(data, size).selectorAndRest else { return 0 }
    let query = String(decoding: rest.prefix(Int(length)), as: UTF8.self)
    var file = Array(rest.dropFirst(Int(length)))
    SearchIndexRepair.fixChecksums(&file)
    let bytes = IndexBytes(copying: file)
    // The working-tree key, read as a search reads it (the answer is false: the folder is empty).
    _ = try? SearchIndex(bytes: bytes) { WorktreeSnapshot.isCurrent($0, root: root) }
    guard let index = try? SearchIndex(bytes: bytes, accepts: { _ in true }) else { return 0 }
    let terms = Tokenizer.terms(query)
    for kind in [nil, RecordKind.method] {
        guard let hits = try? BM25Ranking.top(terms, kind: kind, limit: 10, in: index) else { continue }
        for hit in hits { _ = try? index.document(hit.document) }
    }
    return 0
}

/// Sets the checksums of bytes laid out as `IndexFormat` says, as `IndexWriter` would.
enum SearchIndexRepair {
    static func fixChecksums(_ file: inout [UInt8]) {
        guard file.count >= IndexFormat.headerSize, file.starts(with: IndexFormat.magic) else { return }
        put(UInt64(file.count), at: 8, in: &file)
        let header = (0..<7).map { word(file, 8 + $0 * 8) }
        guard header[1...6].allSatisfy({ $0 < UInt64(Int32.max) }) else { return }
        let (keyLength, documents, terms, postings, pathBytes, termBytes) =
            (Int(header[1]), Int(header[2]), Int(header[3]), Int(header[4]), Int(header[5]), Int(header[6]))
        let termsStart = IndexFormat.headerSize + IndexFormat.aligned(keyLength) + documents * IndexFormat.documentSize + IndexFormat.aligned(pathBytes)
        let postingsStart = termsStart + terms * IndexFormat.termSize + IndexFormat.aligned(termBytes)
        guard postingsStart + postings * IndexFormat.postingSize == file.count else { return }
        for term in 0..<terms {
            let base = termsStart + term * IndexFormat.termSize
            let (first, count) = (Int(word32(file, base + 8)), Int(word32(file, base + 12)))
            guard first + count <= postings else { continue }
            let start = postingsStart + first * IndexFormat.postingSize
            let sum = file[start..<(start + count * IndexFormat.postingSize)].withUnsafeBytes { Checksum.of($0) }
            put(sum, at: base + 16, in: &file)
        }
        let head = file[0..<88].withUnsafeBytes { Checksum.of($0) }
        let sum = file[96..<postingsStart].withUnsafeBytes { Checksum.of($0, seed: head) }
        put(sum, at: 88, in: &file)
    }

    static func word(_ file: [UInt8], _ offset: Int) -> UInt64 {
        (0..<8).reduce(UInt64(0)) { $0 | UInt64(file[offset + $1]) << UInt64(8 * $1) }
    }

    static func word32(_ file: [UInt8], _ offset: Int) -> UInt32 {
        (0..<4).reduce(UInt32(0)) { $0 | UInt32(file[offset + $1]) << UInt32(8 * $1) }
    }

    static func put(_ value: UInt64, at offset: Int, in file: inout [UInt8]) {
        for index in 0..<8 { file[offset + index] = UInt8(truncatingIfNeeded: value >> UInt64(8 * index)) }
    }
}

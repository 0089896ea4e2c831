import Foundation
import GitKit

/// What a build leaves of its search index for the next one (`<language prefix>.policylab-search`
/// in the site): each page's path, weighted length and the SHA-256 of its page file's data, the
/// folder of the shards, and every term's postings. An incremental build takes a kept page's
/// terms from here instead of indexing its text again, and its page file from the previous site,
/// so that the manifest need not hold the text of every page.
///
/// Binary (`ByteWriter`'s little-endian lengths and numbers), and trusted only when its HMAC under the site
/// secret is the one the sealed manifest recorded for it (`SiteManifest.searchSeals`); it is
/// decoded with every length checked all the same, and anything amiss gives nil: the build then
/// renders the pages it would have kept.
struct SiteSearchPostings: Sendable, Equatable, SiteStateCoding {
    static let fileName = ".policylab-search"
    static let magic = Array("policylab site search postings 1\n".utf8)
    /// Larger than any file policylab writes: a bigger one is not read.
    static let maximumSize = 1 << 30

    /// The folder of the shards in the site (`assets/search/<folder>/`).
    var folder: String
    /// Per page, in the order of the index.
    var paths: [String]
    var lengths: [Int]
    /// SHA-256 of the data in each page's file (`d/<page>.js`), in hex.
    var payloadDigests: [String]
    /// As in `SiteSearchIndex.terms`.
    var terms: [String: [Int32]]

    /// The page numbers by path.
    func pageNumbers() -> [String: Int32] {
        var numbers: [String: Int32] = [:]
        for (number, path) in paths.enumerated() { numbers[path] = Int32(number) }
        return numbers
    }

    /// The bytes written (`ByteWriter`): the magic line, then the folder, the pages and the terms,
    /// in the order of `order` (every term once: the shards' order, so that two builds of the same
    /// site write the same file; sorted when not given).
    func encoded(termsInOrder order: [String]? = nil) -> [UInt8] {
        // Sized first: the postings are megabytes, which growing by doubling would copy over and over.
        var writer = ByteWriter(capacity: terms.values.reduce(0) { $0 + $1.count * 4 + 32 } + paths.count * 128)
        writer.bytes(Self.magic)
        writer.string(folder)
        writer.u32(UInt32(paths.count))
        for page in paths.indices {
            writer.string(paths[page])
            writer.u32(UInt32(lengths[page]))
            writer.string(payloadDigests[page])
        }
        writer.u32(UInt32(terms.count))
        for term in order ?? terms.keys.sorted() {
            let postings = terms[term] ?? []
            writer.string(term)
            writer.u32(UInt32(postings.count))
            writer.u32(bitPatternsOf: postings)
        }
        return writer.data
    }

    /// What follows the magic line (`SiteStateCoding`).
    static func read(_ reader: inout ByteReader) throws -> SiteSearchPostings? {
        // The folder is a name the shards' writer made (16 hex digits), never a path.
        let folder = try reader.string()
        guard folder.utf8.count == 16, folder.allSatisfy({ "0123456789abcdef".contains($0) }) else { return nil }
        let pageCount = try reader.count(itemSize: 12)
        var paths: [String] = [], lengths: [Int] = [], digests: [String] = []
        paths.reserveCapacity(pageCount)
        for _ in 0..<pageCount {
            paths.append(try reader.string())
            lengths.append(Int(try reader.u32()))
            digests.append(try reader.string())
        }
        let termCount = try reader.count(itemSize: 8)
        var terms: [String: [Int32]] = [:]
        terms.reserveCapacity(termCount)
        for _ in 0..<termCount {
            let term = try reader.string()
            let count = try reader.count(itemSize: 4)
            guard count % 2 == 0 else { return nil }
            let raw = try reader.bytes(count * 4)
            let postings = raw.withUnsafeBytes { buffer in
                (0..<count).map { Int32(littleEndian: buffer.loadUnaligned(fromByteOffset: $0 * 4, as: Int32.self)) }
            }
            // Pages in increasing order, each one of the pages above.
            var previous: Int32 = -1
            for index in stride(from: 0, to: postings.count, by: 2) {
                guard postings[index] > previous, postings[index] < pageCount else { return nil }
                previous = postings[index]
            }
            guard terms.updateValue(postings, forKey: term) == nil else { return nil }
        }
        return SiteSearchPostings(folder: folder, paths: paths, lengths: lengths, payloadDigests: digests, terms: terms)
    }

    init(folder: String, paths: [String], lengths: [Int], payloadDigests: [String], terms: [String: [Int32]]) {
        self.folder = folder
        self.paths = paths
        self.lengths = lengths
        self.payloadDigests = payloadDigests
        self.terms = terms
    }

    /// The postings in the site at `folder` under `prefix`, when their HMAC under `keys`' secret is `seal`.
    static func read(from folder: String, prefix: String, seal: String, keys: SitePageKeys) -> SiteSearchPostings? {
        guard let bytes = SiteFolder.readRegularFile(folder + "/" + prefix + fileName, maximumSize: maximumSize),
            keys.seal(bytes) == seal
        else { return nil }
        return SiteSearchPostings(decoding: bytes)
    }

    /// The path of page `page`'s file in the site of these postings, under its language's prefix.
    func pageFile(_ page: Int32) -> String { "assets/search/" + folder + "/d/\(page).js" }

    /// The data in page `page`'s file (`d/<page>.js`) in the previous site at `folder`, when the
    /// file is there and still holds what was written.
    func payload(ofPage page: Int32, in folder: String, prefix: String) -> String? {
        let path = folder + "/" + prefix + pageFile(page)
        guard Int(page) < paths.count, let bytes = SiteFolder.readRegularFile(path, maximumSize: Self.maximumSize) else { return nil }
        let head = Array(SiteSearchShards.script("d/\(page)", "").utf8)
        // `script` wraps the data as `policylabSearch("d/<page>", <data>);\n`.
        let opening = head.count - 3, closing = 3
        guard bytes.count >= opening + closing, bytes[..<opening].elementsEqual(head[..<opening]),
            bytes[(bytes.count - closing)...].elementsEqual(head[opening...])
        else { return nil }
        let payload = bytes[opening..<(bytes.count - closing)]
        guard SitePageKeys.sha256(payload) == payloadDigests[Int(page)] else { return nil }
        return String(decoding: payload, as: UTF8.self)
    }
}

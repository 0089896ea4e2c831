import Foundation
import Platform

/// The site's search index in shards, as Pagefind splits its own: a small manifest
/// (`assets/search/index.js`) and, in a folder named after the digest of their contents
/// (`assets/search/<digest>/`, so that a browser never mixes files of two builds from its cache):
///
/// - `t/<n>.js`, the term shards: the sorted terms cut into runs of about `termBudget` bytes of
///   postings, each `[[term, [page, frequency, gap, frequency, ...]], ...]` (pages as gaps from the
///   previous one). The manifest keys each shard by the shortest prefix of its first term that
///   sorts after the previous shard's last term, so a term is in the last shard whose key sorts at
///   or before it, and the terms that start with a prefix are in a run of neighbouring shards.
/// - `lengths.js`, the weighted number of terms of every page, which BM25 needs for every posting.
/// - `d/<page>.js`, one per page: `[path, kind, title, summary, text]`, loaded only for the results
///   shown, `text` being the page's body for the snippet around a match.
///
/// Every file is a script that calls `policylabSearch(name, data)`, not JSON: browsers refuse to
/// fetch files from a page opened from `file://`, but they run the scripts it adds.
struct SiteSearchShards {
    /// Postings per term shard, in bytes, before the shard is closed (a term is never split, so a
    /// frequent term makes a bigger shard of its own): at 50,000 records, about a thousand shards
    /// and a manifest of 16 KB.
    static let defaultTermBudget = 16 * 1024
    /// The format, for the script to check.
    static let version = 2

    let index: SiteSearchIndex
    /// The postings of the build the index's kept pages come from (`SiteSearchIndex.addKept`).
    var previous: SiteSearchPostings?
    var termBudget = Self.defaultTermBudget

    /// What `write` wrote.
    struct Written {
        /// How many files.
        var files: Int
        /// The name of the shards' folder, under `assets/search/`.
        var folder: String
        /// SHA-256 of each page file's data, in hex, in page order.
        var payloadDigests: [String]
        /// The index's terms in the shards' order (`sortedTerms`).
        var sortedTerms: [String]
    }

    /// Writes the manifest and the shards under `prefix`. A page kept from the previous build
    /// (`SiteSearchIndex.kept`) has its page file's data as that build wrote it: its file itself,
    /// linked, when the page has the same number (the file names it), which the build checked
    /// against its digest as it kept the page.
    func write(into folder: SiteFolder, prefix: String) throws -> Written {
        let building = prefix + "assets/search/building/"
        // The spare's shards folder, whose page files this index keeps where they are.
        folder.adoptSpareFolder(in: prefix + "assets/search/", as: "building")
        var digests: [String] = []
        var files = 0
        // A shard the same as the previous build's of that name is kept where it is.
        let previousFolder = previous.map { prefix + "assets/search/" + $0.folder + "/" }
        func emit(_ name: String, _ payload: String) throws {
            digests.append(try folder.write(Self.script(name, payload), to: building + name + ".js", previous: previousFolder.map { $0 + name + ".js" }))
            files += 1
        }
        // A term shard's script as bytes: terms are runs of the tokenizer's word characters and
        // postings are digits, so there is no control character to drop and nothing to escape.
        func emit(_ name: String, script: [UInt8]) throws {
            let digest = try script.withUnsafeBytes {
                try folder.write(bytes: $0, to: building + name + ".js", previous: previousFolder.map { $0 + name + ".js" })
            }
            digests.append(digest)
            files += 1
        }

        var shards: [(key: String, terms: Int)] = []
        var previousLast: String?
        // Built as bytes: the shards hold every posting of the site, and strings made of each
        // number cost most of the writing. A shard's script opens, then its payload starts at
        // `payloadStart` (its `[`).
        func opened() -> [UInt8] { Array("policylabSearch(\"t/\(shards.count)\", [".utf8) }
        var payload = opened()
        var payloadStart = payload.count - 1
        var entry: [UInt8] = []
        var first: String?
        var last = ""
        var count = 0
        func close() throws {
            guard let start = first else { return }
            let key = previousLast.map { Self.key(of: start, after: $0) } ?? ""
            payload += Array("]);\n".utf8)
            try emit("t/\(shards.count)", script: payload)
            shards.append((key, count))
            previousLast = last
            payload = opened()
            payloadStart = payload.count - 1
            first = nil
            count = 0
        }
        let sortedTerms = Self.sortedTerms(index.terms.keys)
        for term in sortedTerms {
            entry.removeAll(keepingCapacity: true)
            entry += [UInt8(ascii: "["), UInt8(ascii: "\"")]
            entry += term.utf8
            entry += [UInt8(ascii: "\""), UInt8(ascii: ","), UInt8(ascii: "[")]
            Self.appendGapEncoded(index.terms[term] ?? [], to: &entry)
            entry += [UInt8(ascii: "]"), UInt8(ascii: "]")]
            // The budget counts the postings between the brackets, as a shard's text would.
            if first != nil, payload.count - payloadStart - 1 + entry.count > termBudget { try close() }
            if first != nil { payload.append(UInt8(ascii: ",")) }
            payload += entry
            if first == nil { first = term }
            last = term
            count += 1
        }
        try close()

        try emit("lengths", "[" + index.lengths.map(String.init).joined(separator: ",") + "]")
        // One file a page: encoded and written by every core, their digests kept in page order.
        let docs = index.docs, texts = index.texts, kept = index.kept, previous = previous
        let shares = try ParallelRuns.map(docs.count, runs: ParallelRuns.runs(for: docs.count, minimumPerRun: 256)) {
            range throws(any Error) in
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.withoutEscapingSlashes]
            return try range.map { page in
                let name = "d/\(page)"
                if let old = kept[Int32(page)], let previous, old.previousPage == page, page < previous.payloadDigests.count,
                    try folder.keepPrevious(prefix + previous.pageFile(old.previousPage), as: building + name + ".js")
                {
                    return previous.payloadDigests[page]
                }
                let payload: String
                if let old = kept[Int32(page)], let previous {
                    // Kept, and numbered anew (or its file could not be kept as it is): its data, checked.
                    guard let data = old.payload ?? previous.payload(ofPage: old.previousPage, in: folder.destination, prefix: prefix) else {
                        throw SiteError.changedDuringBuild(folder.destination + "/" + prefix + previous.pageFile(old.previousPage))
                    }
                    payload = data
                } else {
                    payload = try Self.escaped(encoder.encode(docs[page] + [texts[page]]))
                }
                try folder.write(Self.script(name, payload), to: building + name + ".js")
                return SitePageKeys.sha256(Array(payload.utf8))
            }
        }
        let payloadDigests = Array(shares.joined())
        digests += payloadDigests
        files += docs.count
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]

        let digest = String(SHA256.hex(Array(digests.joined().utf8)).prefix(16))
        try folder.move(building, to: prefix + "assets/search/" + digest)
        let keys = try Self.escaped(encoder.encode(shards.map(\.key)))
        let manifest =
            #"{"version":\#(Self.version),"folder":"\#(digest)","count":\#(index.docs.count),"keys":\#(keys),"#
            + #""terms":[\#(shards.map { String($0.terms) }.joined(separator: ","))]}"#
        try folder.write(
            "/* The search index of this site, made by policylab site: the manifest of its shards. */\npolicylabSearch(\"index\", \(manifest));\n",
            to: prefix + "assets/search/index.js")
        return Written(files: files + 1, folder: digest, payloadDigests: payloadDigests, sortedTerms: sortedTerms)
    }

    /// The file of shard `name`: a script that hands `payload` to the page's `policylabSearch`.
    static func script(_ name: String, _ payload: String) -> String { "policylabSearch(\"\(name)\", \(payload));\n" }

    /// Terms in the order of the browser's `<` on strings (UTF-16 code units), which the script's
    /// binary search over shard keys relies on.
    static func sortedTerms(_ terms: some Sequence<String>) -> [String] {
        terms.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }
    }

    /// The shortest prefix of `term` (whole characters) that sorts after `previous`.
    static func key(of term: String, after previous: String) -> String {
        var prefix = String.UnicodeScalarView()
        for scalar in term.unicodeScalars {
            prefix.append(scalar)
            if previous.utf16.lexicographicallyPrecedes(String(prefix).utf16) { break }
        }
        return String(prefix)
    }

    /// `[page, frequency, page, frequency, ...]` with each page after the first as the gap from the
    /// one before: small numbers, so short files.
    static func gapEncoded(_ postings: [Int32]) -> String {
        var bytes: [UInt8] = []
        appendGapEncoded(postings, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `gapEncoded(postings)`, appended to `bytes` in ASCII.
    static func appendGapEncoded(_ postings: [Int32], to bytes: inout [UInt8]) {
        var previous: Int32 = 0
        for index in stride(from: 0, to: postings.count, by: 2) {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            appendDecimal(postings[index] - previous, to: &bytes)
            bytes.append(UInt8(ascii: ","))
            appendDecimal(postings[index + 1], to: &bytes)
            previous = postings[index]
        }
    }

    /// A number in decimal digits (a minus sign first if it is negative, which postings never are).
    private static func appendDecimal(_ number: Int32, to bytes: inout [UInt8]) {
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        var value = number.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(value % 10)
                value /= 10
                count += 1
            } while value > 0
            for position in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[position]) }
        }
    }

    /// JSON text with `<` as `\u003c`, so that no record text can close a script element, should
    /// anyone inline a shard in a page.
    static func escaped(_ json: Data) -> String {
        // Byte by byte: `<` is one byte in UTF-8 and never part of another character's bytes.
        json.withUnsafeBytes { (source: UnsafeRawBufferPointer) in
            let lessThan = UInt8(ascii: "<")
            guard source.contains(lessThan) else { return String(decoding: source, as: UTF8.self) }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(source.count + 16)
            for byte in source {
                if byte == lessThan { bytes += Array("\\u003c".utf8) } else { bytes.append(byte) }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }
}

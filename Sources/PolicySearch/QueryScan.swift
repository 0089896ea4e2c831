import Foundation
import PolicyKit

/// A query answered straight from the record files when there is no index yet: every file is
/// read and tokenised as the index builder does, but only the query's terms are counted (no
/// term table, no postings for the other words), so it costs about what `grep` costs, and it
/// gives exactly the numbers an index would, so results rank alike.
struct QueryScan: RankingSource {
    let documentCount: Int
    let averageLengths: (title: Double, summary: Double, body: Double)
    private let documentLengths: [(UInt32, UInt32, UInt32)]
    private let kinds: [RecordKind]
    private let found: [[UInt8]: [SearchPosting]]

    init(terms: [String], records: [(file: SourceFile, kind: RecordKind)], source: KnowledgeBaseSource) throws {
        let wanted = terms.map { Array($0.utf8) }
        let partitions = try RecordScan.map(records, from: source, runsPerCore: 8, start: { Partition(terms: wanted) }, add: { $0.add(&$1) })
        var lengths: [(UInt32, UInt32, UInt32)] = []
        var found = [[SearchPosting]](repeating: [], count: wanted.count)
        for partition in partitions {
            for (term, postings) in partition.postings.enumerated() {
                found[term] += postings.map { posting in
                    var posting = posting
                    posting.document += lengths.count
                    return posting
                }
            }
            lengths += partition.lengths
        }
        documentCount = lengths.count
        documentLengths = lengths
        kinds = records.map(\.kind)
        // The same sums, in the same order, as `IndexWriter`, so that the averages are the same to the last bit.
        let total = Double(max(1, lengths.count))
        averageLengths = (
            lengths.reduce(0.0) { $0 + Double($1.0) } / total, lengths.reduce(0.0) { $0 + Double($1.1) } / total,
            lengths.reduce(0.0) { $0 + Double($1.2) } / total
        )
        self.found = Dictionary(zip(wanted, found), uniquingKeysWith: { first, _ in first })
    }

    func lengths(_ document: Int) -> (title: Int, summary: Int, body: Int) {
        let lengths = documentLengths[document]
        return (Int(lengths.0), Int(lengths.1), Int(lengths.2))
    }

    func kind(_ document: Int) -> RecordKind? { kinds[document] }

    func postings(of term: [UInt8]) throws -> [SearchPosting] { found[term] ?? [] }

    /// The counts of one worker's run of files.
    private struct Partition {
        /// The query's terms, end to end, and where each ends: compared without an array per term.
        let termBytes: [UInt8]
        let termEnds: [Int]
        var lengths: [(UInt32, UInt32, UInt32)] = []
        /// Per query term, its postings in this run (local document numbers).
        var postings: [[SearchPosting]]
        /// Per query term, its counts in the file being read: title, summary, body.
        private var counts: [(Int, Int, Int)]

        init(terms: [[UInt8]]) {
            termBytes = terms.flatMap { $0 }
            termEnds = terms.reduce(into: []) { ends, term in ends.append((ends.last ?? 0) + term.count) }
            postings = Array(repeating: [], count: terms.count)
            counts = Array(repeating: (0, 0, 0), count: terms.count)
        }

        /// Tokenises one record file as `IndexPartition.add` does (its bytes are lowercased in place).
        mutating func add(_ bytes: inout [UInt8]) {
            var length: (UInt32, UInt32, UInt32) = (0, 0, 0)
            // Taken out of self so that it is not copied when written to (once per file otherwise).
            var counts: [(Int, Int, Int)] = []
            swap(&counts, &self.counts)
            for index in counts.indices { counts[index] = (0, 0, 0) }
            termBytes.withUnsafeBufferPointer { wanted in
                bytes.withUnsafeMutableBufferPointer { buffer in
                    let text = RecordText(UnsafeBufferPointer(buffer))
                    for field in RecordText.Field.allCases {
                        let range = field == .title ? text.title : field == .summary ? text.summary : text.body
                        guard !range.isEmpty, let base = buffer.baseAddress else { continue }
                        var fieldLength: UInt32 = 0
                        Tokenizer.forEachTerm(in: UnsafeMutableBufferPointer(start: base + range.lowerBound, count: range.count)) { term in
                            fieldLength += 1
                            guard let query = wanted.baseAddress, let found = term.baseAddress else { return }
                            var start = 0
                            for (index, end) in termEnds.enumerated() {
                                defer { start = end }
                                guard end - start == term.count, memcmp(query + start, found, term.count) == 0 else { continue }
                                switch field {
                                case .title: counts[index].0 += 1
                                case .summary: counts[index].1 += 1
                                case .body: counts[index].2 += 1
                                }
                            }
                        }
                        switch field {
                        case .title: length.0 = fieldLength
                        case .summary: length.1 = fieldLength
                        case .body: length.2 = fieldLength
                        }
                    }
                }
            }
            for (index, count) in counts.enumerated() where count != (0, 0, 0) {
                // Capped as the index file stores them.
                postings[index].append(
                    SearchPosting(document: lengths.count, title: min(count.0, 255), summary: min(count.1, 255), body: min(count.2, 65535)))
            }
            self.counts = counts
            lengths.append(length)
        }
    }
}

import GitKit
import PolicyKit
/// Merges the partitions built in parallel into one index file, terms sorted for binary search.
enum IndexWriter {
    /// One indexed record file.
    struct Document {
        var kind: RecordKind
        var path: String
    }

    static func write(key: [UInt8], documents: [Document], partitions: [IndexPartition]) -> [UInt8] {
        var global = TermTable(capacity: partitions.map(\.terms.count).max() ?? 16)
        let maps: [[Int32]] = partitions.map { partition in
            partition.terms.arena.withUnsafeBufferPointer { arena in
                (0..<partition.terms.count).map { id in
                    let term = UnsafeBufferPointer(
                        rebasing: arena[partition.terms.starts[id]..<(partition.terms.starts[id] + partition.terms.lengths[id])])
                    return global.id(of: term, hash: partition.terms.hashes[id])
                }
            }
        }
        let order = (0..<global.count).sorted { global.term($0).lexicographicallyPrecedes(global.term($1)) }
        var rank = [Int](repeating: 0, count: global.count)
        for (position, id) in order.enumerated() { rank[id] = position }
        var starts = [Int](repeating: 0, count: global.count + 1)
        for (partition, map) in zip(partitions, maps) {
            for posting in partition.postings { starts[rank[Int(map[Int(posting.term)])] + 1] += 1 }
        }
        for index in 0..<global.count { starts[index + 1] += starts[index] }
        let lengths = partitions.flatMap(\.lengths)

        var writer = ByteWriter()
        writer.data.reserveCapacity(
            IndexFormat.headerSize + key.count + documents.count * 64 + global.arena.count
                + global.count * IndexFormat.termSize + starts[global.count] * IndexFormat.postingSize + 64)
        writer.data.append(contentsOf: repeatElement(0, count: IndexFormat.headerSize))
        writer.data.append(contentsOf: key)
        writer.pad()
        var pathOffset = 0
        for (document, length) in zip(documents, lengths) {
            let pathLength = document.path.utf8.count
            for value in [
                pathOffset, pathLength, RecordKind.allCases.firstIndex(of: document.kind) ?? 0,
                Int(length.0), Int(length.1), Int(length.2),
            ] { writer.u32(UInt32(truncatingIfNeeded: value)) }
            pathOffset += pathLength
        }
        for document in documents { writer.data.append(contentsOf: document.path.utf8) }
        writer.pad()
        let termsStart = writer.data.count
        var termOffset = 0
        for id in order {
            writer.u32(UInt32(truncatingIfNeeded: termOffset))
            writer.u32(UInt32(truncatingIfNeeded: global.lengths[id]))
            writer.u32(UInt32(truncatingIfNeeded: starts[rank[id]]))
            writer.u32(UInt32(truncatingIfNeeded: starts[rank[id] + 1] - starts[rank[id]]))
            writer.u64(0)  // the checksum of its postings, filled in below
            termOffset += global.lengths[id]
        }
        for id in order { writer.data.append(contentsOf: global.term(id)) }
        writer.pad()
        let postingsStart = writer.data.count
        writer.data.append(contentsOf: repeatElement(0, count: starts[global.count] * IndexFormat.postingSize))
        writer.data.withUnsafeMutableBytes { raw in
            var cursor = starts
            var base = 0
            for (partition, map) in zip(partitions, maps) {
                for posting in partition.postings {
                    let position = rank[Int(map[Int(posting.term)])]
                    let offset = postingsStart + cursor[position] * IndexFormat.postingSize
                    cursor[position] += 1
                    raw.storeBytes(of: UInt32(base + Int(posting.document)).littleEndian, toByteOffset: offset, as: UInt32.self)
                    raw.storeBytes(of: UInt8(min(Int(posting.title), 255)), toByteOffset: offset + 4, as: UInt8.self)
                    raw.storeBytes(of: UInt8(min(Int(posting.summary), 255)), toByteOffset: offset + 5, as: UInt8.self)
                    raw.storeBytes(of: UInt16(min(Int(posting.body), 65535)).littleEndian, toByteOffset: offset + 6, as: UInt16.self)
                }
                base += partition.lengths.count
            }
            for position in 0..<global.count {
                let range =
                    (postingsStart + starts[position] * IndexFormat.postingSize)..<(postingsStart + starts[position + 1] * IndexFormat.postingSize)
                let sum = Checksum.of(UnsafeRawBufferPointer(rebasing: raw[range]))
                raw.storeBytes(of: sum.littleEndian, toByteOffset: termsStart + position * IndexFormat.termSize + 16, as: UInt64.self)
            }
        }
        writeHeader(
            &writer.data, key: key, documents: documents.count, terms: global.count, postings: starts[global.count],
            pathBytes: pathOffset, termBytes: termOffset, lengths: lengths, postingsStart: postingsStart)
        return writer.data
    }

    private static func writeHeader(
        _ bytes: inout [UInt8], key: [UInt8], documents: Int, terms: Int, postings: Int, pathBytes: Int,
        termBytes: Int, lengths: [(UInt32, UInt32, UInt32)], postingsStart: Int
    ) {
        let total = Double(max(1, lengths.count))
        let averages = [
            lengths.reduce(0.0) { $0 + Double($1.0) } / total, lengths.reduce(0.0) { $0 + Double($1.1) } / total,
            lengths.reduce(0.0) { $0 + Double($1.2) } / total,
        ]
        var header = ByteWriter()
        header.data = IndexFormat.magic
        for value in [bytes.count, key.count, documents, terms, postings, pathBytes, termBytes] { header.u64(UInt64(value)) }
        for average in averages { header.u64(average.bitPattern) }
        bytes.replaceSubrange(0..<88, with: header.data)
        let sum = bytes.withUnsafeBytes { raw in
            Checksum.of(UnsafeRawBufferPointer(rebasing: raw[96..<postingsStart]), seed: Checksum.of(UnsafeRawBufferPointer(rebasing: raw[0..<88])))
        }
        withUnsafeBytes(of: sum.littleEndian) { bytes.replaceSubrange(88..<96, with: $0) }
    }
}

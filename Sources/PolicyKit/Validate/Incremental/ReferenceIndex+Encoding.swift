import GitKit

/// The file format of a reference index: a header (magic, version, payload length, checksum of
/// the payload), then the payload: the tree id and the entries, strings as a 32-bit length and
/// UTF-8 bytes, integers little-endian.
extension ReferenceIndex {
    static let magic = Array("PLRI".utf8)
    static let version: UInt32 = 2
    static let headerSize = 24

    /// Why saved bytes are not a reference index.
    struct FormatError: Error, CustomStringConvertible, Equatable {
        var description: String
    }

    func encoded() -> [UInt8] {
        var payload = IndexPayloadWriter(capacity: entries.count * 160)
        payload.string(tree?.hex ?? "")
        payload.u32(UInt32(entries.count))
        for entry in entries {
            payload.string(entry.path)
            payload.string(entry.blob)
            payload.u8(Self.kinds.firstIndex(of: entry.kind).map(UInt8.init) ?? 0)
            payload.string(entry.id.rawValue)
            payload.string(entry.project?.rawValue ?? "")
            for list in [entry.aliases, entry.methods, entry.projects, entry.evidence] {
                payload.u32(UInt32(list.count))
                for id in list { payload.string(id.rawValue) }
            }
            payload.u8((entry.file == nil ? 0 : 1) | (entry.isRestricted ? 2 : 0))
            payload.string(entry.file ?? "")
        }
        var file = IndexPayloadWriter(capacity: payload.data.count + Self.headerSize)
        file.bytes(Self.magic)
        file.u32(Self.version)
        file.u64(UInt64(payload.data.count))
        file.u64(Self.checksum(payload.data))
        file.bytes(payload.data)
        return file.data
    }

    /// The payload length a header announces, after checking its magic and version.
    static func payloadLength(header: [UInt8]) throws -> Int {
        guard header.count >= headerSize, Array(header[0..<4]) == magic else { throw FormatError(description: "not a reference index") }
        var reader = IndexPayloadReader(header[4..<headerSize])
        let version = try reader.u32()
        guard version == Self.version else { throw FormatError(description: "version \(version), expected \(Self.version)") }
        return Int(clamping: try reader.u64())
    }

    /// The size of a file whose header announces `payloadLength` (at most `Int.max`).
    static func fileSize(payloadLength: Int) -> Int {
        payloadLength > Int.max - headerSize ? Int.max : payloadLength + headerSize
    }

    /// Decodes a whole file (header and payload), checking its length and checksum.
    init(encoded bytes: [UInt8]) throws {
        let length = try Self.payloadLength(header: Array(bytes.prefix(Self.headerSize)))
        guard bytes.count - Self.headerSize == length else {
            throw FormatError(description: "\(bytes.count) bytes, but its header says \(Self.fileSize(payloadLength: length))")
        }
        var header = IndexPayloadReader(bytes[16..<Self.headerSize])
        let payload = bytes[Self.headerSize...]
        guard try header.u64() == Self.checksum(payload) else { throw FormatError(description: "checksum mismatch") }
        var reader = IndexPayloadReader(payload)
        let treeHex = try reader.string()
        let tree = treeHex.isEmpty ? nil : ObjectID(hex: treeHex)
        guard treeHex.isEmpty || tree != nil else { throw FormatError(description: "bad tree id") }
        let count = try reader.count()
        var entries: [ReferenceEntry] = []
        entries.reserveCapacity(count)
        var previous = ""
        for _ in 0..<count {
            let path = try reader.string()
            guard path > previous else { throw FormatError(description: "entries out of order") }
            previous = path
            let blob = try reader.string()
            let kindIndex = Int(try reader.u8())
            guard kindIndex < Self.kinds.count else { throw FormatError(description: "bad record kind") }
            var entry = ReferenceEntry(path: path, blob: blob, kind: Self.kinds[kindIndex], id: try reader.id(), project: try reader.optionalID())
            entry.aliases = try reader.ids()
            entry.methods = try reader.ids()
            entry.projects = try reader.ids()
            entry.evidence = try reader.ids()
            let flags = try reader.u8()
            guard flags < 4 else { throw FormatError(description: "bad flags") }
            let file = try reader.string()
            entry.file = flags & 1 != 0 ? file : nil
            entry.isRestricted = flags & 2 != 0
            entries.append(entry)
        }
        guard reader.isAtEnd else { throw FormatError(description: "bytes after the last entry") }
        self.init(tree: tree, entries: entries)
    }

    /// The record kinds in the order their codes give.
    static let kinds: [RecordKind] = [.method, .project, .evidence, .claim, .lesson]

    /// 64-bit FNV-1a: enough to notice a damaged or truncated file (it is a cache, not a defence).
    static func checksum(_ bytes: some Collection<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }
}

/// Appends little-endian integers and length-prefixed strings.
struct IndexPayloadWriter {
    private(set) var data: [UInt8] = []

    init(capacity: Int = 0) { data.reserveCapacity(capacity) }

    mutating func bytes(_ bytes: some Sequence<UInt8>) { data.append(contentsOf: bytes) }
    mutating func u8(_ value: UInt8) { data.append(value) }

    mutating func u32(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }

    mutating func u64(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { data.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    mutating func string(_ text: String) {
        u32(UInt32(text.utf8.count))
        data.append(contentsOf: text.utf8)
    }
}

/// Reads what `IndexPayloadWriter` wrote, throwing at a truncation or an impossible value.
struct IndexPayloadReader {
    private let data: ArraySlice<UInt8>
    private var offset: Int

    init(_ data: ArraySlice<UInt8>) {
        self.data = data
        offset = data.startIndex
    }

    var isAtEnd: Bool { offset == data.endIndex }

    mutating func bytes(_ count: Int) throws -> ArraySlice<UInt8> {
        guard count >= 0, data.endIndex - offset >= count else { throw ReferenceIndex.FormatError(description: "truncated") }
        defer { offset += count }
        return data[offset..<(offset + count)]
    }

    mutating func u8() throws -> UInt8 { try bytes(1).first ?? 0 }
    mutating func u32() throws -> UInt32 { try bytes(4).reversed().reduce(0) { $0 << 8 | UInt32($1) } }
    mutating func u64() throws -> UInt64 { try bytes(8).reversed().reduce(0) { $0 << 8 | UInt64($1) } }

    /// A count of items that follow, each at least 4 bytes: bounded by what is left, so a damaged
    /// count cannot make the reader allocate without limit.
    mutating func count() throws -> Int {
        let count = Int(try u32())
        guard count <= (data.endIndex - offset) / 4 else { throw ReferenceIndex.FormatError(description: "bad count") }
        return count
    }

    mutating func string() throws -> String {
        // `bytes` refuses a length beyond what is left.
        let length = Int(try u32())
        return String(decoding: try bytes(length), as: UTF8.self)
    }

    mutating func id() throws -> RecordID {
        let text = try string()
        guard let id = RecordID(text) else { throw ReferenceIndex.FormatError(description: "bad id '\(text)'") }
        return id
    }

    mutating func optionalID() throws -> RecordID? {
        let text = try string()
        if text.isEmpty { return nil }
        guard let id = RecordID(text) else { throw ReferenceIndex.FormatError(description: "bad id '\(text)'") }
        return id
    }

    mutating func ids() throws -> [RecordID] {
        let count = try count()
        var ids: [RecordID] = []
        ids.reserveCapacity(count)
        for _ in 0..<count { ids.append(try id()) }
        return ids
    }
}

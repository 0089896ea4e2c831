import GitKit

/// The file format of a reference index: a header (magic, version, payload length, checksum of
/// the payload), then the payload: the tree id and the entries, strings as a 32-bit length and
/// UTF-8 bytes, integers little-endian.
extension ReferenceIndex {
    static let magic = Array("PLRI".utf8)
    static let version: UInt32 = 3
    static let headerSize = 24

    /// Why saved bytes are not a reference index.
    struct FormatError: Error, CustomStringConvertible, Equatable {
        var description: String
    }

    func encoded() -> [UInt8] {
        var payload = ByteWriter(capacity: entries.count * 160)
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
        var file = ByteWriter(capacity: payload.data.count + Self.headerSize)
        file.bytes(Self.magic)
        file.u32(Self.version)
        file.u64(UInt64(payload.data.count))
        file.u64(Checksum.of(payload.data))
        file.bytes(payload.data)
        return file.data
    }

    /// The payload length a header announces, after checking its magic and version.
    static func payloadLength(header: [UInt8]) throws -> Int {
        guard header.count >= headerSize, Array(header[0..<4]) == magic else { throw FormatError(description: "not a reference index") }
        var reader = ByteReader(header[4..<headerSize], failure: { ReferenceIndex.FormatError(description: $0) })
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
        var header = ByteReader(bytes[16..<Self.headerSize], failure: { ReferenceIndex.FormatError(description: $0) })
        let payload = bytes[Self.headerSize...]
        guard try header.u64() == Checksum.of(payload) else { throw FormatError(description: "checksum mismatch") }
        var reader = ByteReader(payload, failure: { ReferenceIndex.FormatError(description: $0) })
        let treeHex = try reader.string()
        let tree = treeHex.isEmpty ? nil : ObjectID(hex: treeHex)
        guard treeHex.isEmpty || tree != nil else { throw FormatError(description: "bad tree id") }
        let count = try reader.count(itemSize: 4)
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
}

extension ByteReader {
    /// A record id written as a string.
    mutating func id() throws -> RecordID {
        let text = try string()
        guard let id = RecordID(text) else { throw ReferenceIndex.FormatError(description: "bad id '\(text)'") }
        return id
    }

    /// A record id, or nil for the empty string.
    mutating func optionalID() throws -> RecordID? {
        let text = try string()
        if text.isEmpty { return nil }
        guard let id = RecordID(text) else { throw ReferenceIndex.FormatError(description: "bad id '\(text)'") }
        return id
    }

    mutating func ids() throws -> [RecordID] {
        let count = try count(itemSize: 4)
        var ids: [RecordID] = []
        ids.reserveCapacity(count)
        for _ in 0..<count { ids.append(try id()) }
        return ids
    }
}

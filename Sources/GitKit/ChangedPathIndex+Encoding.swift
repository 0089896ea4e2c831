/// The file format of a `ChangedPathIndex`, little-endian throughout:
///
///     "PLHC" version:u32 length:u64 (of the whole file)
///     pathCount:u32 { length:u32 utf8-bytes }
///     commitCount:u32 { 20-byte id }
///     commitCount x { parentCount:u32 parent-numbers:u32... changedCount:u32 path-numbers:u32... }
///     tipCount:u32 tip-numbers:u32...
///     checksum:u64 (`Checksum` of everything before it)
extension ChangedPathIndex {
    /// Bumped whenever the format or the meaning of its content changes.
    static let formatVersion: UInt32 = 3
    /// Magic, version and length: enough to refuse a file before reading it.
    static let headerSize = 16
    private static let magic = Array("PLHC".utf8)

    /// Why bytes could not be read as an index.
    public struct FormatError: Error, CustomStringConvertible {
        /// What is wrong with the bytes, in words.
        public let description: String
    }

    /// The index in its file format.
    public func encoded() throws -> [UInt8] {
        var writer = ByteWriter()
        writer.bytes(Self.magic)
        writer.u32(Self.formatVersion)
        writer.u64(0)  // the length, filled in below
        writer.u32(UInt32(paths.count))
        for path in paths {
            let utf8 = Array(path.utf8)
            writer.u32(UInt32(utf8.count))
            writer.bytes(utf8)
        }
        let numbers = Dictionary(commits.enumerated().map { ($1, UInt32($0)) }, uniquingKeysWith: { first, _ in first })
        func number(_ commit: ObjectID) throws -> UInt32 {
            guard let number = numbers[commit] else {
                throw FormatError(description: "history index: commit \(commit.hex) is referenced but not indexed")
            }
            return number
        }
        writer.u32(UInt32(commits.count))
        for commit in commits { writer.bytes(commit.bytes) }
        for commit in commits {
            let entry = entries[commit] ?? Entry(parents: [], changed: [])
            writer.u32(UInt32(entry.parents.count))
            for parent in entry.parents { writer.u32(try number(parent)) }
            writer.u32(UInt32(entry.changed.count))
            for path in entry.changed { writer.u32(path) }
        }
        writer.u32(UInt32(tips.count))
        for tip in tips { writer.u32(try number(tip)) }
        var data = writer.data
        let length = UInt64(data.count + 8)
        for index in 0..<8 { data[8 + index] = UInt8(truncatingIfNeeded: length >> UInt64(8 * index)) }
        var trailer = ByteWriter()
        trailer.u64(Checksum.of(data))
        return data + trailer.data
    }

    /// Reads an index from its file format; throws `FormatError` for anything but a complete,
    /// consistent file of this version.
    /// Why a file with this header and size is not an index of this version; nil when it may be.
    static func headerProblem(_ header: [UInt8], size: Int) -> String? {
        guard header.count >= headerSize, header.prefix(4).elementsEqual(magic) else { return "not an index" }
        let version = header[4..<8].reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        guard version == formatVersion else { return "version \(version), expected \(formatVersion)" }
        let length = header[8..<16].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        guard length == UInt64(size) else { return "its header says \(length) bytes but it has \(size)" }
        return nil
    }

    /// Reads an index from its file format, refusing (with `FormatError`) a file that is short, of another
    /// version, of the wrong length, damaged (a checksum mismatch) or inconsistent.
    public init(encoded data: [UInt8]) throws {
        guard data.count >= Self.headerSize + 8 else { throw FormatError(description: "history index: file too short") }
        if let problem = Self.headerProblem(Array(data.prefix(Self.headerSize)), size: data.count) {
            throw FormatError(description: "history index: \(problem)")
        }
        let failure = { (problem: String) -> any Error in FormatError(description: "history index: " + problem) }
        var reader = ByteReader(data[..<(data.count - 8)], failure: failure)
        var trailer = ByteReader(data[(data.count - 8)...], failure: failure)
        guard try trailer.u64() == Checksum.of(data[..<(data.count - 8)]) else {
            throw FormatError(description: "history index: checksum mismatch")
        }
        guard try reader.bytes(4).elementsEqual(Self.magic) else { throw FormatError(description: "history index: not an index") }
        let version = try reader.u32()
        guard version == Self.formatVersion, try reader.u64() == UInt64(data.count) else {
            throw FormatError(description: "history index: version \(version), expected \(Self.formatVersion)")
        }
        let paths = try (0..<reader.count()).map { _ in String(decoding: try reader.bytes(Int(try reader.u32())), as: UTF8.self) }
        let commits = try (0..<reader.count()).map { _ in ObjectID(bytes: try reader.bytes(20)) }
        func commit(_ number: UInt32) throws -> ObjectID {
            guard Int(number) < commits.count else { throw FormatError(description: "history index: bad commit number") }
            return commits[Int(number)]
        }
        var entries: [ObjectID: Entry] = [:]
        entries.reserveCapacity(commits.count)
        for id in commits {
            let parents = try (0..<reader.count()).map { _ in try commit(try reader.u32()) }
            let changed = try (0..<reader.count()).map { _ in try reader.u32() }
            guard changed.allSatisfy({ Int($0) < paths.count }), zip(changed, changed.dropFirst()).allSatisfy({ $0 < $1 }) else {
                throw FormatError(description: "history index: bad path numbers")
            }
            entries[id] = Entry(parents: parents, changed: changed)
        }
        let tips = try (0..<reader.count()).map { _ in try commit(try reader.u32()) }
        guard reader.isAtEnd, entries.count == commits.count else { throw FormatError(description: "history index: trailing data") }
        self.init(paths: paths, commits: commits, entries: entries, tips: tips)
    }
}

import Foundation
import GitKit

/// Parsed record files kept between loads (`.git/policylab/site-records`): for each file, the
/// SHA-256 of its bytes, what `lstat` said of it when it was read (`FileFingerprint`), whether its
/// body was kept, and what parsing it gave (`RecordCoding`). A load takes the outcome from here
/// without reading the file when its `lstat` says the same and it was last changed before the
/// cache was written (as git trusts its index), and otherwise when it reads the same bytes,
/// instead of parsing the YAML again.
///
///     magic line, the policylab that wrote it (`BuildIdentity`), u64 checksum of the rest,
///     u32 entry count, then per entry:
///     path, u8 keepBody, SHA-256 (hex), u8 1 and a fingerprint (or 0), u32 length and the outcome's bytes
///
/// A cache written by another policylab, or whose checksum or structure is wrong, is not used (and
/// is rewritten by the next load); an entry decodes only when it is used, and one that does not
/// decode is parsed again. The checksum catches damage, not forgery: whoever can write in `.git`
/// can change the records themselves.
struct RecordCache: Sendable {
    static let magic = Array("policylab parsed records 3\n".utf8)
    /// Larger than any cache policylab writes for a large knowledge base: a bigger file is not read.
    static let maximumSize = 1 << 30

    /// What an outcome was parsed from.
    struct Key: Hashable, Sendable {
        var path: String
        var keepBody: Bool
        var sha256: String
        /// What `lstat` said of the file before it was read (nil: not a file of a folder).
        var fingerprint: FileFingerprint? = nil
    }

    /// One file's entry: what it was parsed from, and the bytes of its outcome.
    struct Entry: Sendable {
        var keepBody: Bool
        var sha256: String
        var fingerprint: FileFingerprint?
        var outcome: ArraySlice<UInt8>
    }

    /// By path.
    private(set) var entries: [String: Entry] = [:]
    /// The cache file's own fingerprint as it was read: a file changed since is not taken by its `lstat`.
    private(set) var written: FileFingerprint?

    init() {}

    /// The cache at `path`, written by the policylab `identity`; empty when there is none or it
    /// cannot be trusted.
    init(reading path: String, identity: String = BuildIdentity.current) {
        let before = FileFingerprint(path: path)
        guard case .bytes(let bytes) = BoundedFile.read(path, maximumSize: Self.maximumSize), let entries = Self.entries(in: bytes, identity: identity)
        else { return }
        self.entries = entries
        if let before, FileFingerprint(path: path) == before { written = before }
    }

    /// The bytes that come before the checksum in a cache written by `identity`.
    static func header(identity: String) -> [UInt8] {
        var writer = ByteWriter()
        writer.bytes(magic)
        writer.string(identity)
        return writer.data
    }

    private static func entries(in bytes: [UInt8], identity: String) -> [String: Entry]? {
        let header = header(identity: identity)
        guard bytes.starts(with: header), bytes.count >= header.count + 8 else { return nil }
        var reader = RecordCoding.reader(bytes[header.count...])
        guard let checksum = try? reader.u64(), Checksum.of(bytes[(header.count + 8)...]) == checksum else { return nil }
        var entries: [String: Entry] = [:]
        do {
            let count = try reader.count(itemSize: 14)
            entries.reserveCapacity(count)
            for _ in 0..<count {
                let path = try reader.string()
                let keepBody = try reader.u8() == 1
                let digest = try reader.string()
                let fingerprint = try reader.u8() == 1 ? try FileFingerprint(reading: &reader) : nil
                entries[path] = Entry(keepBody: keepBody, sha256: digest, fingerprint: fingerprint, outcome: try reader.bytes(try reader.count()))
            }
        } catch {
            return nil
        }
        return reader.isAtEnd ? entries : nil
    }

    /// The outcome kept for `key`, if there is one and it decodes.
    func outcome(for key: Key) -> RecordParser.Outcome? {
        guard let entry = entries[key.path], entry.keepBody == key.keepBody, entry.sha256 == key.sha256 else { return nil }
        return Self.decoded(entry)
    }

    /// The outcome and digest kept for the file at `path` when `lstat` says of it what it said as
    /// it was read (`fingerprint`), it was last changed before this cache was written, and the
    /// entry decodes: the file need not be read.
    func outcome(forUnchanged path: String, keepBody: Bool, fingerprint: FileFingerprint) -> (RecordParser.Outcome, sha256: String)? {
        guard let written, fingerprint.isOlder(than: written), let entry = entries[path], entry.keepBody == keepBody,
            entry.fingerprint == fingerprint, let outcome = Self.decoded(entry)
        else { return nil }
        return (outcome, entry.sha256)
    }

    /// Whether the entry for `key` records its file as `key` does (else the cache is rewritten soon, to say it).
    func isCurrent(_ key: Key) -> Bool {
        entries[key.path].map { $0.keepBody == key.keepBody && $0.sha256 == key.sha256 && $0.fingerprint == key.fingerprint } ?? false
    }

    private static func decoded(_ entry: Entry) -> RecordParser.Outcome? {
        var reader = RecordCoding.reader(entry.outcome)
        guard let outcome = try? RecordCoding.readOutcome(&reader), reader.isAtEnd else { return nil }
        return outcome
    }

    /// The cache of `outcomes`, as written by `identity`; an entry `old` holds for the same key is
    /// copied rather than encoded again.
    static func encoded(_ outcomes: [(Key, RecordParser.Outcome)], reusing old: RecordCache, identity: String = BuildIdentity.current) -> [UInt8] {
        var body = ByteWriter()
        body.u32(UInt32(outcomes.count))
        for (key, outcome) in outcomes {
            body.string(key.path)
            body.u8(key.keepBody ? 1 : 0)
            body.string(key.sha256)
            if let fingerprint = key.fingerprint {
                body.u8(1)
                fingerprint.write(to: &body)
            } else {
                body.u8(0)
            }
            if let entry = old.entries[key.path], entry.keepBody == key.keepBody, entry.sha256 == key.sha256 {
                body.u32(UInt32(entry.outcome.count))
                body.bytes(entry.outcome)
            } else {
                var bytes = ByteWriter()
                RecordCoding.write(outcome, to: &bytes)
                body.u32(UInt32(bytes.data.count))
                body.bytes(bytes.data)
            }
        }
        var file = ByteWriter()
        file.bytes(header(identity: identity))
        file.u64(Checksum.of(body.data))
        file.bytes(body.data)
        return file.data
    }
}

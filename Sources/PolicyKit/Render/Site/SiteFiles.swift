import Foundation
import GitKit

/// Every file a build wrote or kept in its site, with the SHA-256 of its bytes and what `lstat`
/// said of it then (`.policylab-files` in the site): the next build trusts a file of the previous
/// site whose `lstat` still says the same, as git trusts its index, instead of reading and hashing
/// thousands of files again.
///
/// A file is trusted that way only when it was last changed before the table was written (its
/// change time is earlier than the table's, in the file system's own clock): one changed within
/// the same tick as the table could keep its size and time, so it is read and hashed instead. A
/// file edited, replaced, moved or touched in the site has another inode, size or time, and is read
/// and compared with its digest; one edited with its size and time put back by hand is not caught.
///
/// Binary (`ByteWriter`), sealed by an HMAC under the site secret on its last line as the manifest
/// is, trusted only with that seal, and decoded with every length checked. It differs from a full
/// build's (inodes and times are the file system's), as nothing else in the site does.
struct SiteFiles: Sendable, Equatable, SiteStateCoding {
    static let fileName = ".policylab-files"
    static let magic = Array("policylab site files 1\n".utf8)
    /// Larger than any table policylab writes: a bigger file is not read.
    static let maximumSize = 1 << 30

    /// One file of the site.
    struct Entry: Sendable, Equatable {
        /// SHA-256 of its bytes, in hex.
        var sha256: String
        var fingerprint: FileFingerprint
    }

    /// By path in the site.
    var entries: [String: Entry] = [:]

    init(entries: [String: Entry] = [:]) { self.entries = entries }

    /// The bytes written: the magic line, the count, then per file in path order its path, digest
    /// and fingerprint.
    func encoded() -> [UInt8] {
        var writer = ByteWriter(capacity: entries.count * 128)
        writer.bytes(Self.magic)
        writer.u32(UInt32(entries.count))
        for (path, entry) in entries.sorted(by: { $0.key < $1.key }) {
            writer.string(path)
            writer.string(entry.sha256)
            entry.fingerprint.write(to: &writer)
        }
        return writer.data
    }

    /// What follows the magic line (`SiteStateCoding`).
    static func read(_ reader: inout ByteReader) throws -> SiteFiles? {
        let count = try reader.count(itemSize: 44)
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(count)
        for _ in 0..<count {
            let path = try reader.string()
            let digest = try reader.string()
            let print = try FileFingerprint(reading: &reader)
            guard digest.utf8.count == 64, entries.updateValue(Entry(sha256: digest, fingerprint: print), forKey: path) == nil else { return nil }
        }
        return SiteFiles(entries: entries)
    }
}

extension SiteFiles {
    /// The file as written: `encoded()` and its HMAC under `keys`' secret, in hex, on a last line.
    func sealed(keys: SitePageKeys) -> [UInt8] {
        let body = encoded()
        return body + Array(("\n" + keys.seal(body)).utf8)
    }

    /// The table in the site at `folder` when its seal is the HMAC of its body under `keys`'
    /// secret, with the table file's own fingerprint (the same before and after it was read).
    static func read(from folder: String, keys: SitePageKeys) -> (SiteFiles, written: FileFingerprint)? {
        let path = folder + "/" + fileName
        // The seal: a newline and 64 hex digits.
        guard let (bytes, before) = FileFingerprint.read(path, maximumSize: maximumSize), bytes.count > 65,
            bytes[bytes.count - 65] == UInt8(ascii: "\n")
        else { return nil }
        let body = Array(bytes[..<(bytes.count - 65)])
        guard keys.seal(body) == String(decoding: bytes[(bytes.count - 64)...], as: UTF8.self), let table = SiteFiles(decoding: body) else { return nil }
        return (table, before)
    }
}

import Crypto
import Foundation
import GitKit

/// What each version of a record file shows the public (`PublishedContent`), by the id of its
/// blob, as a SHA-256 digest: two versions show the same when their digests are equal. Kept at
/// `<gitdir>/policylab/published-digests`, so that a dated site build reads and parses each past
/// version of a record once, not on every build.
///
/// A blob never changes, so an entry never goes stale; the file's version names the canonical
/// form of `PublishedContent` and is bumped with it. It is only a cache: a missing, damaged or
/// foreign file is ignored and written anew, and a read-only repository works without it.
struct PublishedDigests: Sendable {
    /// What one version shows: nothing (a draft, or a file that cannot be read), or the digest
    /// of its canonical published text (32 bytes).
    enum Digest: Hashable, Sendable {
        case unpublished
        case shown([UInt8])
    }

    /// The digests read from the file, by blob: shared, never changed, by the copies that
    /// parallel runs make.
    private let known: [ObjectID: Digest]
    /// The digests worked out since, by blob.
    private(set) var learned: [ObjectID: Digest] = [:]

    /// A cache that knows `known`.
    init(known: [ObjectID: Digest] = [:]) { self.known = known }

    /// The digest of the blob `id` at `path`: from the cache, else read from `repository` (and
    /// remembered).
    mutating func digest(of id: ObjectID, path: String, in repository: Repository) throws -> Digest {
        if let digest = known[id] ?? learned[id] { return digest }
        let digest = Self.digest(of: PublishedContent(try repository.blob(id), path: path))
        learned[id] = digest
        return digest
    }

    /// The digest of one version's published content.
    static func digest(of content: PublishedContent) -> Digest {
        guard let text = content.text else { return .unpublished }
        return .shown(Array(Crypto.SHA256.hash(data: Array(text.utf8))))
    }

    /// Adds what another copy learned.
    mutating func merge(_ other: PublishedDigests) { learned.merge(other.learned) { first, _ in first } }

    /// Every digest, known and learned.
    var all: [ObjectID: Digest] { known.merging(learned) { first, _ in first } }
}

extension PublishedDigests {
    /// Where the cache of the repository whose git directory is `gitDirectory` lives.
    static func path(gitDirectory: String) -> String { gitDirectory + "/policylab/published-digests" }

    /// Bumped whenever the format, or what `PublishedContent` counts as the same, changes.
    static let formatVersion: UInt32 = 1
    private static let magic = Array("PLPD".utf8)

    /// Why bytes are not a cache of this version.
    struct FormatError: Error, CustomStringConvertible {
        let description: String
    }

    /// The cache in its file format, little-endian:
    ///
    ///     "PLPD" version:u32 count:u32 { 20-byte blob id, kind:u8 (0 unpublished, 1 shown), [32-byte digest] }
    ///     checksum:u64 (`Checksum` of everything before it)
    func encoded() -> [UInt8] {
        let digests = all
        var writer = ByteWriter(capacity: 12 + digests.count * 53 + 8)
        writer.bytes(Self.magic)
        writer.u32(Self.formatVersion)
        writer.u32(UInt32(digests.count))
        // Sorted, so that the same cache is the same file.
        for (id, digest) in digests.sorted(by: { $0.key < $1.key }) {
            writer.bytes(id.bytes)
            switch digest {
            case .unpublished: writer.u8(0)
            case .shown(let sha): writer.u8(1); writer.bytes(sha)
            }
        }
        writer.u64(Checksum.of(writer.data))
        return writer.data
    }

    /// Reads a cache from its file format, refusing a file that is short, of another version,
    /// damaged (a checksum mismatch) or inconsistent.
    init(encoded data: [UInt8]) throws {
        let failure = { (problem: String) -> any Error in FormatError(description: "published digests: " + problem) }
        guard data.count >= 20 else { throw failure("file too short") }
        var trailer = ByteReader(data[(data.count - 8)...], failure: failure)
        guard try trailer.u64() == Checksum.of(data[..<(data.count - 8)]) else { throw failure("checksum mismatch") }
        var reader = ByteReader(data[..<(data.count - 8)], failure: failure)
        guard try reader.bytes(4).elementsEqual(Self.magic) else { throw failure("not a digest cache") }
        let version = try reader.u32()
        guard version == Self.formatVersion else { throw failure("version \(version), expected \(Self.formatVersion)") }
        let count = try reader.count(itemSize: 21)
        var digests: [ObjectID: Digest] = [:]
        digests.reserveCapacity(count)
        for _ in 0..<count {
            let id = ObjectID(bytes: try reader.bytes(20))
            switch try reader.u8() {
            case 0: digests[id] = .unpublished
            case 1:
                digests[id] = .shown(Array(try reader.bytes(Crypto.SHA256.byteCount)))
            default: throw failure("bad entry kind")
            }
        }
        guard reader.isAtEnd else { throw failure("trailing bytes") }
        self.init(known: digests)
    }

    /// The cache of `repository`, or an empty one when there is none or it cannot be trusted.
    static func load(for repository: Repository) -> PublishedDigests {
        guard let data = FileManager.default.contents(atPath: path(gitDirectory: repository.gitDirectory)),
            let cache = try? PublishedDigests(encoded: Array(data))
        else { return PublishedDigests() }
        return cache
    }

    /// Saves the cache when it learned something; a repository that cannot be written keeps none.
    func saveIfChanged(for repository: Repository) {
        guard !learned.isEmpty else { return }
        DurableFile.replaceCache(Self.path(gitDirectory: repository.gitDirectory), with: encoded())
    }
}

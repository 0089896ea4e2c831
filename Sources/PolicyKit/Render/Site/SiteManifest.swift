import Foundation
import GitKit

/// What a build leaves in its site for the next one (`.policylab-manifest`): each record page's
/// key (`SitePageKeys`) and the SHA-256 of the file written for it, the dates read from git with
/// the revision they were read at, and the seal of each language's search postings
/// (`SiteSearchPostings`). The next build keeps a page whose
/// key is the same and whose file still has that digest, and renders the others.
///
/// It is binary (`ByteWriter`: the magic line, then each part by its count, in path order),
/// sealed by an HMAC under the repository's site secret on its last line: a manifest that was
/// changed, damaged, or written for another repository is not trusted, and the build renders
/// every page. It is decoded with every length checked all the same.
struct SiteManifest: Sendable, Equatable, SiteStateCoding {
    static let fileName = ".policylab-manifest"
    static let magic = Array("policylab site manifest 3\n".utf8)
    /// Larger than any manifest policylab writes (under 1 KB a page): a bigger file is not read.
    static let maximumSize = 1 << 30

    /// One page kept for the next build.
    struct Page: Sendable, Equatable {
        var key: String
        /// SHA-256 of the file written, in hex.
        var sha256: String
    }

    /// The digest of what the dates were made with (policylab, the names removed from notes).
    var datesKey: String?
    /// The commit the dates were read at.
    var datesTip: String?
    /// Each record path's updates, newest first (empty: no dates).
    var dates: [String: [RecordDates.Update]] = [:]
    /// By path in the site.
    var pages: [String: Page] = [:]
    /// The HMAC of each language's search postings, by the prefix of its pages ("" or "fr/"...).
    var searchSeals: [String: String] = [:]

    init() {}

    /// The manifest of the site in `folder`, when there is one sealed under `keys`' secret.
    static func read(from folder: String, keys: SitePageKeys) -> SiteManifest? {
        guard let data = SiteFolder.readRegularFile(folder + "/" + fileName, maximumSize: maximumSize),
            let newline = data.lastIndex(of: UInt8(ascii: "\n"))
        else { return nil }
        let body = data[..<newline]
        let seal = String(decoding: data[(newline + 1)...], as: UTF8.self)
        guard keys.seal(body) == seal else { return nil }
        return SiteManifest(decoding: Array(body))
    }

    /// The manifest as it is written: its bytes, a newline, and its seal.
    func encoded(keys: SitePageKeys) -> [UInt8] {
        let body = encoded()
        return body + Array(("\n" + keys.seal(body)).utf8)
    }

    /// The bytes of the manifest, without its seal.
    func encoded() -> [UInt8] {
        var writer = ByteWriter(capacity: 128 * pages.count)
        writer.bytes(Self.magic)
        for text in [datesKey, datesTip] {
            writer.u8(text == nil ? 0 : 1)
            writer.string(text ?? "")
        }
        writer.u32(UInt32(dates.count))
        for (path, updates) in dates.sorted(by: { $0.key < $1.key }) {
            writer.string(path)
            writer.u32(UInt32(updates.count))
            for update in updates {
                for text in [update.timestamp, update.day, update.words, update.note] { writer.string(text) }
            }
        }
        writer.u32(UInt32(pages.count))
        for (path, page) in pages.sorted(by: { $0.key < $1.key }) {
            writer.string(path)
            writer.string(page.key)
            writer.string(page.sha256)
        }
        writer.u32(UInt32(searchSeals.count))
        for (prefix, seal) in searchSeals.sorted(by: { $0.key < $1.key }) {
            writer.string(prefix)
            writer.string(seal)
        }
        return writer.data
    }

    /// What follows the magic line (`SiteStateCoding`).
    static func read(_ reader: inout ByteReader) throws -> SiteManifest? {
        struct Repeated: Error {}
        var manifest = SiteManifest()
        func optional() throws -> String? {
            let present = try reader.u8()
            let text = try reader.string()
            return present == 1 ? text : nil
        }
        manifest.datesKey = try optional()
        manifest.datesTip = try optional()
        for _ in 0..<(try reader.count(itemSize: 8)) {
            let path = try reader.string()
            var updates: [RecordDates.Update] = []
            for _ in 0..<(try reader.count(itemSize: 16)) {
                updates.append(
                    RecordDates.Update(timestamp: try reader.string(), day: try reader.string(), words: try reader.string(), note: try reader.string()))
            }
            guard manifest.dates.updateValue(updates, forKey: path) == nil else { throw Repeated() }
        }
        for _ in 0..<(try reader.count(itemSize: 12)) {
            let path = try reader.string()
            let page = Page(key: try reader.string(), sha256: try reader.string())
            guard manifest.pages.updateValue(page, forKey: path) == nil else { throw Repeated() }
        }
        for _ in 0..<(try reader.count(itemSize: 8)) {
            let prefix = try reader.string()
            guard manifest.searchSeals.updateValue(try reader.string(), forKey: prefix) == nil else { throw Repeated() }
        }
        return manifest
    }
}

import Foundation

/// What a build leaves in its site for the next one (`.policylab-manifest`): each record page's
/// key (`SitePageKeys`) and the SHA-256 of the file written for it, the dates read from git with
/// the revision they were read at, and the seal of each language's search postings
/// (`SiteSearchPostings`). The next build keeps a page whose
/// key is the same and whose file still has that digest, and renders the others.
///
/// It is JSON, sealed by an HMAC under the repository's site secret on its last line: a manifest
/// that was changed, damaged, or written for another repository is not trusted, and the build
/// renders every page.
struct SiteManifest: Codable, Sendable {
    static let fileName = ".policylab-manifest"
    static let format = 2
    /// Larger than any manifest policylab writes (under 1 KB a page): a bigger file is not read.
    static let maximumSize = 1 << 30

    /// One page kept for the next build.
    struct Page: Codable, Sendable {
        var key: String
        /// SHA-256 of the file written, in hex.
        var sha256: String
    }

    var format = Self.format
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
        guard keys.seal(body) == seal, let manifest = try? JSONDecoder().decode(SiteManifest.self, from: Data(body)),
            manifest.format == Self.format
        else { return nil }
        return manifest
    }

    /// The manifest as it is written: its JSON, a newline, and its seal.
    func encoded(keys: SitePageKeys) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let body = try encoder.encode(self)
        return String(decoding: body, as: UTF8.self) + "\n" + keys.seal(body)
    }
}

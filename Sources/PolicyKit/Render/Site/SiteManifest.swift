import Foundation

/// What a build leaves in its site for the next one (`.policylab-manifest`): each record page's
/// key (`SitePageKeys`), the SHA-256 of the file written for it and its search entry, and the
/// dates read from git with the revision they were read at. The next build keeps a page whose
/// key is the same and whose file still has that digest, and renders the others.
///
/// It is JSON, sealed by an HMAC under the repository's site secret on its last line: a manifest
/// that was changed, damaged, or written for another repository is not trusted, and the build
/// renders every page.
struct SiteManifest: Codable, Sendable {
    static let fileName = ".policylab-manifest"
    static let format = 1
    /// Larger than any manifest policylab writes (about 2 KB a page): a bigger file is not read.
    static let maximumSize = 1 << 30

    /// One page kept for the next build.
    struct Page: Codable, Sendable {
        var key: String
        /// SHA-256 of the file written, in hex.
        var sha256: String
        var search: SiteSearchEntry?
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

    init() {}

    /// The manifest of the site in `folder`, when there is one sealed under `keys`' secret.
    static func read(from folder: String, keys: SitePageKeys) -> SiteManifest? {
        let path = folder + "/" + fileName
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        guard let data = try? handle.read(upToCount: maximumSize + 1), data.count <= maximumSize,
            let newline = data.lastIndex(of: UInt8(ascii: "\n"))
        else { return nil }
        let body = data[data.startIndex..<newline]
        let seal = String(decoding: data[(newline + 1)...], as: UTF8.self)
        guard keys.seal(body) == seal, let manifest = try? JSONDecoder().decode(SiteManifest.self, from: body),
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

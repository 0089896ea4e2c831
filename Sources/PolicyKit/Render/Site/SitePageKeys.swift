import Crypto
import Foundation
import Platform

/// The keys of an incremental build: for each page, a digest of everything it is rendered from
/// (the policylab build, the templates, the settings, the options, the bytes of the record files it
/// shows and of their translations, the facts it takes from other records, its dates). Two builds
/// that give a page the same key render it the same, so the second can keep the first one's file.
///
/// A key is an HMAC under a secret kept in the repository (`.git/policylab/site-key`), never
/// in the site: the manifest that holds the keys is published with the site, and a plain digest
/// of inputs that include restricted evidence would let a reader confirm a guess of its text.
struct SitePageKeys: Sendable {
    /// The secret's bytes (a `SymmetricKey` is not `Sendable`).
    private let secretBytes: [UInt8]
    private var secret: SymmetricKey { SymmetricKey(data: secretBytes) }
    /// The digest of what every page depends on, for this language.
    private let global: String
    /// SHA-256 of each file read, by path.
    private let files: [String: String]

    /// Keys for the pages of the site in `options.language`, with the secret of `gitDirectory`; nil when the
    /// secret cannot be read or made (then the build is a full one).
    init?(
        gitDirectory: String, settings: Settings, options: SiteBuilder.Options,
        files: [String: String], source: KnowledgeBaseSource
    ) {
        guard let secret = Self.secret(in: gitDirectory) else { return nil }
        secretBytes = secret.withUnsafeBytes { Array($0) }
        self.files = files
        var parts = ["policylab site keys 2", BuildIdentity.current, "language \(options.language)", "base \(options.baseURL ?? "")"]
        for name in SiteTemplates.pageNames { parts.append((try? SiteTemplates.page(name, in: options.language)) ?? "") }
        parts.append((try? BuiltInTemplates.summary(in: options.language)) ?? "")
        parts.append((try? BuiltInTemplates.page(in: options.language)) ?? "")
        parts.append("\(Settings.fileName) \(files[Settings.fileName] ?? "-")")
        // The knowledge base's own template of project pages, which overrides the built-in one.
        let template = Self.summaryTemplateFile(in: options.language)
        parts.append("\(template) " + ((try? source.readFile(template)).flatMap { $0.map(Self.sha256) } ?? "-"))
        parts.append("languages \(settings.languages.joined(separator: ","))")
        global = Self.hex(HMAC<Crypto.SHA256>.authenticationCode(for: Array(parts.joined(separator: "\u{0}").utf8), using: secret))
    }

    /// The key of the page at `path` rendered from `inputs` (file paths, whose contents count, and
    /// facts, which count as written).
    func key(path: String, inputs: [SitePageRenderer.Input]) -> String {
        // Bytes appended to one buffer: an incremental build keys thousands of pages, and strings
        // made piece by piece cost more than the HMAC.
        var message: [UInt8] = []
        message.reserveCapacity(512)
        message += global.utf8
        message.append(0)
        message += path.utf8
        for input in inputs {
            switch input {
            case .file(let file):
                message += [0, UInt8(ascii: "f"), UInt8(ascii: " ")]
                message += file.utf8
                message.append(UInt8(ascii: " "))
                message += (files[file] ?? "-").utf8
            case .fact(let fact):
                message += [0, UInt8(ascii: "x"), UInt8(ascii: " ")]
                message += fact.utf8
            }
        }
        return Self.hex(HMAC<Crypto.SHA256>.authenticationCode(for: message, using: secret))
    }

    /// The digest of anything under the secret: the key of the cache of dates.
    func digest(_ parts: [String]) -> String {
        Self.hex(HMAC<Crypto.SHA256>.authenticationCode(for: Array((["dates", BuildIdentity.current] + parts).joined(separator: "\u{0}").utf8), using: secret))
    }

    /// The seal of a manifest's `body`.
    func seal(_ body: some DataProtocol) -> String {
        Self.hex(HMAC<Crypto.SHA256>.authenticationCode(for: Array(body), using: secret))
    }

    /// The file in the knowledge base that overrides the template of project pages in `language`,
    /// as `SitePageRenderer` loads it (`TemplateSet`: `templates/<name>.mustache`).
    static func summaryTemplateFile(in language: String) -> String {
        language == "fr" ? "templates/summary.fr.md.mustache" : "templates/summary.md.mustache"
    }

    /// SHA-256 of every file of `source` that a page can be rendered from (records, translations,
    /// settings: not evidence attachments, whose digests the loader took), in parallel; what the
    /// loader gives with `digestingFiles`, for a builder that was not given it.
    static func fileDigests(of source: KnowledgeBaseSource) throws -> [String: String] {
        let listed = try source.listFiles().filter { file in
            guard file.kind == .regular else { return false }
            if file.path == Settings.fileName { return true }
            switch RecordLocation(path: file.path) {
            case .record, .translation: return true
            default: return false
            }
        }
        let shares = try ParallelRuns.map(listed.count, runs: ParallelRuns.runs(for: listed.count, minimumPerRun: 256)) {
            range throws(any Error) in
            try source.withReader { read in
                try listed[range].map { file in (file.path, sha256(try read(file, SourceText.maximumSize))) }
            }
        }
        var digests: [String: String] = [:]
        for (path, digest) in shares.joined() { digests[path] = digest }
        return digests
    }

    /// The repository's secret for site keys, made on first use (32 random bytes, readable by the owner only).
    static func secret(in gitDirectory: String) -> SymmetricKey? {
        let path = gitDirectory + "/policylab/site-key"
        if let data = FileManager.default.contents(atPath: path), data.count == 32 { return SymmetricKey(data: data) }
        let key = SymmetricKey(size: .bits256)
        let bytes = key.withUnsafeBytes { Array($0) }
        mkdir(gitDirectory + "/policylab", 0o755)
        let temporary = path + ".\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return nil }
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        defer { unlink(temporary) }
        guard written == bytes.count else { return nil }
        // Made only where there is none (a link fails on an existing name), so that two first
        // builds at once agree on one secret; a damaged one is replaced.
        if link(temporary, path) == 0 { return key }
        if errno == EEXIST, let data = FileManager.default.contents(atPath: path), data.count == 32 { return SymmetricKey(data: data) }
        return rename(temporary, path) == 0 ? key : nil
    }

    /// SHA-256 of `bytes` in hex (swift-crypto's, the fastest here).
    static func sha256(_ bytes: some DataProtocol) -> String { hex(Crypto.SHA256.hash(data: bytes)) }

    private static func hex(_ bytes: some Sequence<UInt8>) -> String { SHA256.lowercaseHex(bytes) }
}

import Crypto
import Dispatch
import Foundation
import GitKit
import Yams
import Platform

/// Reads every file of a knowledge base into typed records, with the findings of the parse.
///
/// Files are parsed in parallel, a chunk per core: parsing YAML dominates the time of a validation.
public enum KnowledgeBaseLoader {
    /// What loading gave: the knowledge base, the findings of the parse and the files that gave no record.
    public struct Outcome: Sendable {
        /// The records read, and the settings.
        public var knowledgeBase: KnowledgeBase
        /// Problems found while reading and parsing files (the rules of `Validator` come on top).
        public var findings: [Finding]
        /// Record files that could not be parsed at all (their front matter is not valid YAML, say):
        /// what refers to them, or lives in their project, is reported only once they parse.
        public var unparsed: [UnparsedRecord] = []
        /// SHA-256 (hex) of the bytes of every record, translation and settings file read, by path,
        /// when the load was asked for them (`digestingFiles`): the site's incremental build keys
        /// its pages with them rather than reading every file again.
        public var fileDigests: [String: String]? = nil
    }

    /// A record file that gave no record.
    public struct UnparsedRecord: Sendable, Hashable {
        /// The file's path, relative to the knowledge base root.
        public var path: String
        /// The kind of record its path says it is.
        public var kind: RecordKind
        /// The id its path gives.
        public var id: RecordID
        /// The project of evidence and claims.
        public var project: RecordID?
        /// The file's text as it is, which may still show what it refers to.
        public var text: String
    }

    /// - Parameter keepBodies: keep each record's Markdown body (`show`, `search`); `check` does not need them.
    public static func load(from source: KnowledgeBaseSource, keepBodies: Bool = true) throws -> Outcome {
        try load(from: source, keepingBodiesOf: keepBodies ? Set(RecordKind.allCases) : [])
    }

    /// Keeps the bodies of some kinds only: the site shows those of methods, projects and lessons,
    /// and evidence bodies are most of a large knowledge base's text.
    /// - Parameters:
    ///   - digestingFiles: also gives the SHA-256 of each file read (`Outcome.fileDigests`).
    ///   - recordCache: a cache of parsed records (`RecordCache`) to take unchanged files from, and
    ///     to leave this load's records in.
    public static func load(
        from source: KnowledgeBaseSource, keepingBodiesOf kinds: Set<RecordKind>, digestingFiles: Bool = false, recordCache: String? = nil
    ) throws -> Outcome {
        let files = try source.listFiles()
        var findings: [Finding] = []
        var recordFiles: [RecordFile] = []
        var settingsFile: SourceFile?
        var attachments: [String: SourceFile] = [:]
        var translationFiles: [(file: SourceFile, kind: RecordKind, id: RecordID, project: RecordID?, language: String)] = []

        // Placed on every core (a path's role is parsed from its text), used in the listing's order.
        let roles = ParallelRuns.map(files.count, runs: ParallelRuns.runs(for: files.count, minimumPerRun: 1024)) { range in
            files[range].map(role(of:))
        }.joined()
        for (file, role) in zip(files, roles) {
            switch role {
            case .skipped: break
            case .finding(let finding): findings.append(finding)
            case .settings: settingsFile = file
            case .attachment: attachments[file.path] = file
            case .record(let kind, let id, let project): recordFiles.append((file, kind, id, project))
            case .translation(let kind, let id, let project, let language): translationFiles.append((file, kind, id, project, language))
            }
        }
        if settingsFile == nil && recordFiles.isEmpty {
            throw LoadError.notAKnowledgeBase(
                "not a policylab knowledge base: no \(Settings.fileName), toolkit/, projects/ or lessons/ (run 'policylab init' to create one)")
        }

        // A translated record keeps its body: its digest and parity checks read it.
        let translated = Set(translationFiles.map { Translation.sourcePath(ofTranslation: $0.file.path, language: $0.language) })
        let cache = recordCache.map { RecordCache(reading: $0) }
        var parsed = try parseInParallel(
            recordFiles, source: source, keepBodiesOf: kinds,
            keepingBodiesAt: translated, digesting: digestingFiles || cache != nil, cache: cache)
        if let recordCache, let cache {
            // Rewritten when more than a few files were parsed or are recorded otherwise (touched,
            // say), or files went away: an edit or two are read again next time rather than
            // rewrite megabytes for them.
            let misses = parsed.count { !$0.cached }
            if misses > max(16, parsed.count / 100) || (misses > 0 && cache.entries.isEmpty) || cache.entries.count > parsed.count {
                let outcomes = parsed.indices.map { index in
                    let key = RecordCache.Key(
                        path: recordFiles[index].file.path, keepBody: parsed[index].keepBody, sha256: parsed[index].sha256 ?? "",
                        fingerprint: parsed[index].fingerprint)
                    return (key, parsed[index].outcome)
                }
                _ = DurableFile.replaceCache(recordCache, with: RecordCache.encoded(outcomes, reusing: cache))
            }
        }
        var records: [Record] = []
        records.reserveCapacity(parsed.count)
        var unparsed: [UnparsedRecord] = []
        var digests: [String: String] = [:]
        digests.reserveCapacity(parsed.count + 1)
        // `parsed` is in the order of `recordFiles`; its outcomes are moved out of it rather than
        // copied.
        for (index, file) in recordFiles.enumerated() {
            if let digest = parsed[index].sha256, digestingFiles { digests[file.file.path] = digest }
            var outcome = RecordParser.Outcome(record: nil, findings: [])
            swap(&outcome, &parsed[index].outcome)
            findings += outcome.findings
            if let record = outcome.record.take() {
                records.append(record)
            } else {
                unparsed.append(
                    UnparsedRecord(path: file.file.path, kind: file.kind, id: file.id, project: file.project, text: outcome.unparsedText ?? ""))
            }
        }

        var settings = Settings.defaults
        if let settingsFile {
            let bytes = try source.withReader { read in try read(settingsFile, SourceText.maximumSize) }
            if digestingFiles { digests[settingsFile.path] = Self.digest(bytes) }
            let (read, settingsFindings) = SettingsReading.parse(bytes)
            settings = read
            findings += settingsFindings
        } else {
            findings.append(.warning("no \(Settings.fileName): using the default settings", in: Settings.fileName))
        }

        var knowledgeBase = KnowledgeBase(settings: settings, records: consume records)
        var translations: [Translation] = []
        if !translationFiles.isEmpty {
            try source.withReader { read in
                let decoder = YAMLDecoder()
                for item in translationFiles {
                    let bytes = try read(item.file, SourceText.maximumSize)
                    if digestingFiles { digests[item.file.path] = Self.digest(bytes) }
                    let outcome = TranslationReading.parse(
                        bytes, path: item.file.path, kind: item.kind, id: item.id, project: item.project,
                        language: item.language, decoder: decoder)
                    findings += outcome.findings
                    if let translation = outcome.translation { translations.append(translation) }
                }
            }
        }
        knowledgeBase.setTranslations(translations)
        try hashEvidenceFiles(of: &knowledgeBase, attachments: attachments, source: source)
        return Outcome(knowledgeBase: knowledgeBase, findings: findings, unparsed: unparsed, fileDigests: digestingFiles ? digests : nil)
    }

    /// What a listed file is to the knowledge base, by its path and kind.
    enum FileRole: Equatable {
        case skipped
        /// Not read, for the reason the finding gives.
        case finding(Finding)
        case settings
        /// A file kept as evidence, hashed when a record names it.
        case attachment
        case record(RecordKind, id: RecordID, project: RecordID?)
        /// A translation of the record at the same path without the language (`x.fr.md`).
        case translation(RecordKind, id: RecordID, project: RecordID?, language: String)
    }

    /// The role of `file`, with the finding the loader reports for a file it cannot read as a record.
    static func role(of file: SourceFile) -> FileRole {
        if file.kind == .nonUTF8Name {
            return .finding(.error("the name is not valid UTF-8 (shown with \\x escapes): rename it; nothing in it is read", in: file.path))
        }
        let location = RecordLocation(path: file.path)
        let isLinkedFolder = file.kind == .symbolicLink && RecordLocation.folders.contains(file.path)
        if location == .ignored && !isLinkedFolder { return .skipped }
        switch file.kind {
        case .symbolicLink:
            return .finding(.error("symbolic link is not followed (store the file itself in the repository)", in: file.path))
        case .special:
            return .finding(.error("not a regular file", in: file.path))
        case .nonUTF8Name, .regular:
            break
        }
        switch location {
        case .settings:
            return .settings
        case .evidenceFile:
            return .attachment
        case .misplaced(let expected):
            return .finding(.warning("not read: this file does not fit the layout (expected \(expected))", in: file.path))
        case .record(let kind, let id, let project):
            let projectID = project.flatMap(RecordID.init)
            guard let recordID = RecordID(id), project == nil || projectID != nil else {
                let bad = RecordID(id) == nil ? id : (project ?? id)
                return .finding(.error("name '\(bad)' is not a valid id: \(RecordID.problem(with: bad) ?? "")", in: file.path))
            }
            return .record(kind, id: recordID, project: projectID)
        case .translation(let kind, let id, let project, let language):
            let projectID = project.flatMap(RecordID.init)
            guard let recordID = RecordID(id), project == nil || projectID != nil else {
                let bad = RecordID(id) == nil ? id : (project ?? id)
                return .finding(.error("name '\(bad)' is not a valid id: \(RecordID.problem(with: bad) ?? "")", in: file.path))
            }
            return .translation(kind, id: recordID, project: projectID, language: language)
        case .ignored:
            return .skipped
        }
    }

    /// What parsing one file gave: its outcome, the SHA-256 of its bytes (when digesting), whether
    /// its body was kept, what `lstat` said of it before it was read (with a cache, from a folder),
    /// and whether the cache's entry for it says all that already (`RecordCache.isCurrent`).
    typealias Parsed = (outcome: RecordParser.Outcome, sha256: String?, keepBody: Bool, fingerprint: FileFingerprint?, cached: Bool)

    /// A record file as the listing places it: its kind, the id its path gives and its project.
    typealias RecordFile = (file: SourceFile, kind: RecordKind, id: RecordID, project: RecordID?)

    static func parseInParallel(
        _ files: [RecordFile], source: KnowledgeBaseSource,
        keepBodiesOf kinds: Set<RecordKind>, keepingBodiesAt paths: Set<String> = [], digesting: Bool = false,
        cache: RecordCache? = nil
    ) throws -> [Parsed] {
        // With a cache, a file of a folder whose `lstat` is as the cache recorded it is not read.
        var root: String?
        if cache != nil, case .directory(let folder) = source { root = folder }
        let runs = ParallelRuns.runs(for: files.count, minimumPerRun: 64)
        let parsed = try ParallelRuns.map(files.count, runs: runs) { [root] range throws(any Error) in
            try source.withReader { read in
                let decoder = YAMLDecoder()
                return try files[range].map { file, kind, id, project -> Parsed in
                    let keepBody = kinds.contains(kind) || paths.contains(file.path)
                    // Taken before the read: a change after it gives another time, seen next load.
                    let fingerprint = root.flatMap { FileFingerprint(path: $0 + "/" + file.path) }
                    if let cache, let fingerprint, let (outcome, digest) = cache.outcome(forUnchanged: file.path, keepBody: keepBody, fingerprint: fingerprint) {
                        return (outcome, digest, keepBody, fingerprint, true)
                    }
                    let bytes = try read(file, SourceText.maximumSize)
                    let digest = digesting ? Self.digest(bytes) : nil
                    if let cache, let digest, let outcome = cache.outcome(for: RecordCache.Key(path: file.path, keepBody: keepBody, sha256: digest)) {
                        let key = RecordCache.Key(path: file.path, keepBody: keepBody, sha256: digest, fingerprint: fingerprint)
                        return (outcome, digest, keepBody, fingerprint, cache.isCurrent(key))
                    }
                    let outcome = RecordParser.parse(
                        bytes, path: file.path, kind: kind, fileID: id, project: project, keepBody: keepBody, decoder: decoder)
                    return (outcome, digest, keepBody, fingerprint, false)
                }
            }
        }
        return ParallelRuns.joined(parsed)
    }

    /// SHA-256 of a file's bytes in hex, swift-crypto's (the fastest here).
    static func digest(_ bytes: [UInt8]) -> String { SHA256.lowercaseHex(Crypto.SHA256.hash(data: bytes)) }

    /// SHA-256 of the evidence files that records name, so that a rule can compare them with
    /// `sha256`; files over the size limit are noted instead of hashed.
    private static func hashEvidenceFiles(of kb: inout KnowledgeBase, attachments: [String: SourceFile], source: KnowledgeBaseSource) throws {
        let wanted = Set(kb.evidence.compactMap { item in item.file.map { "projects/\(item.project)/\($0)" } }.filter { attachments[$0] != nil })
        guard !wanted.isEmpty else { return }
        try source.withReader { read in
            for path in wanted.sorted() {
                guard let file = attachments[path] else { continue }
                let bytes = try read(file, Evidence.maximumFileSize)
                if bytes.count > Evidence.maximumFileSize {
                    kb.oversizedEvidenceFiles.insert(path)
                } else {
                    kb.evidenceFileDigests[path] = SHA256.hex(bytes)
                }
            }
        }
    }
}

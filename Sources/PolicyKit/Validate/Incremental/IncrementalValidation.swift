import GitKit
import Yams

/// Validates a write by what it changes: the records it writes, the records its change can
/// affect (`ChangeFootprint`), and the knowledge-base-wide rules through the reference index,
/// whose entries stand in for every other record. Its verdict is the one a full validation of the
/// new commit gives: the same errors refused, and the same findings on the records it checks;
/// the findings of the records it does not check are those of the tip, unchanged.
struct IncrementalValidation {
    /// A change of more files than this is validated in full (a merge, an import).
    static let maximumChangedFiles = 500

    /// What the write is judged on, and the judgement.
    struct Verdict {
        /// The paths whose findings the change can alter (those it writes included).
        var scope: Set<String>
        /// The new commit's findings on `scope`, sorted for display.
        var findings: [Finding]
        /// The errors the write is refused for (empty: it may go ahead), sorted for display.
        var refused: [Finding]
        /// The reference index of the new tree.
        var index: ReferenceIndex
    }

    let repository: Repository

    /// Whether the record at `path` has a translation in `tree`.
    private func leavesTranslation(of path: String, in tree: ObjectID) throws -> Bool {
        guard case .record = RecordLocation(path: path) else { return false }
        for language in try ReferenceIndex.settings(of: tree, in: repository).translationLanguages {
            if try repository.entry(at: TranslationLayout.translationPath(of: path, language: language), inTree: tree) != nil { return true }
        }
        return false
    }

    /// The verdict on changing the tree described by `tip` into `newTree` by `changes` (path to
    /// new contents, nil for a deletion); nil when only a full validation can tell: a change of the
    /// settings or of a folder of the layout itself, or of more than `maximumChangedFiles` files.
    func verdict(tip: ReferenceIndex, newTree: ObjectID, changes: [String: [UInt8]?]) throws -> Verdict? {
        guard changes.count <= Self.maximumChangedFiles, let tipTree = tip.tree else { return nil }
        let decoder = YAMLDecoder()
        var index = tip
        index.tree = newTree
        var footprint = ChangeFootprint()
        var parsed: [String: RecordParser.Outcome] = [:]
        var layoutFindings: [Finding] = []
        for (path, contents) in changes {
            if path == Settings.fileName || RecordLocation.folders.contains(path) { return nil }
            if try changesFolders(at: path, of: tipTree) { return nil }
            if let old = tip[path] { footprint.add(old) }
            index[path] = nil
            // Translations are judged against their sources: a change of one, or the deletion of a
            // translated record (which leaves a translation of nothing), is validated in full.
            if case .translation = RecordLocation(path: path) { return nil }
            guard let contents else {
                if try leavesTranslation(of: path, in: newTree) { return nil }
                if RecordLocation(path: path) == .evidenceFile { footprint.addFile(path) }
                continue
            }
            guard let entry = try repository.entry(at: path, inTree: newTree), entry.kind == .blob || entry.kind == .executable else { return nil }
            let file = SourceFile(path: path, kind: .regular, blob: entry.id)
            switch KnowledgeBaseLoader.role(of: file) {
            case .skipped, .settings, .translation:
                break
            case .finding(let finding):
                layoutFindings.append(finding)
            case .attachment:
                footprint.addFile(path)
            case .record:
                guard let outcome = try ReferenceIndex.parse(file, bytes: contents, decoder: decoder) else { break }
                parsed[path] = outcome
                if let record = outcome.record {
                    let new = ReferenceEntry(record, blob: entry.id)
                    index[path] = new
                    footprint.add(new)
                }
            }
        }
        // With no record left (and no settings), the new commit is not a knowledge base at all: a full load says so.
        if index.entries.isEmpty { return nil }
        // Restriction follows a file's content to any evidence naming a copy of it: a change of
        // evidence files, or of evidence naming one, is judged in full where restricted files exist.
        let touchesFiles = changes.keys.contains { path in
            RecordLocation(path: path) == .evidenceFile || tip[path]?.file != nil || index[path]?.file != nil
        }
        if touchesFiles && (Self.hasRestrictedFiles(tip) || Self.hasRestrictedFiles(index)) { return nil }

        var scope = Set(parsed.keys)
        let aliases = index.methodAliases
        for entry in index.entries where changes[entry.path] == nil && footprint.affects(entry, in: index, aliases: aliases) {
            scope.insert(entry.path)
        }
        let findings = (try findings(on: scope, of: index, parsed: &parsed, decoder: decoder) + layoutFindings).sortedForDisplay()
        var refused = findings.filter { $0.severity == .error }
        // Errors the knowledge base already had are not this change's fault: refuse only new
        // ones, or any in a file it writes (as a full validation does).
        if refused.contains(where: { changes[$0.path] == nil }) {
            let unchanged = scope.filter { changes[$0] == nil }
            var reused = parsed.filter { unchanged.contains($0.key) }
            let existing = Set(
                try self.findings(on: unchanged, of: tip, parsed: &reused, decoder: decoder)
                    .filter { $0.severity == .error }.map(\.key))
            refused = refused.filter { changes[$0.path] != nil || !existing.contains($0.key) }
        }
        return Verdict(scope: scope, findings: findings, refused: refused, index: index)
    }

    private static func hasRestrictedFiles(_ index: ReferenceIndex) -> Bool {
        index.entries.contains { $0.isRestricted && $0.file != nil }
    }

    /// Whether writing `path` replaces a folder of `tree` by a file or a file by a folder (what
    /// was inside goes too, which only a full validation sees).
    private func changesFolders(at path: String, of tree: ObjectID) throws -> Bool {
        if try repository.entry(at: path, inTree: tree)?.kind == .tree { return true }
        var prefix = Substring(path)
        while let slash = prefix.lastIndex(of: "/") {
            prefix = prefix[..<slash]
            if let entry = try repository.entry(at: String(prefix), inTree: tree) { return entry.kind != .tree }
        }
        return false
    }

    /// The findings on `scope` of the knowledge base `index` describes: its records read in full
    /// (with the projects of its claims, whose stakeholders they name), every other record standing
    /// in by its entry, and the rules run on `scope` only.
    /// - Parameter parsed: records of this tree already read, by path; the others read are added.
    private func findings(
        on scope: Set<String>, of index: ReferenceIndex, parsed: inout [String: RecordParser.Outcome],
        decoder: YAMLDecoder
    ) throws -> [Finding] {
        guard let tree = index.tree else { return [] }
        var readInFull = scope
        var evidenceProjects = Set<RecordID>()
        var evidenceIDs = Set<RecordID>()
        for path in scope {
            guard let entry = index[path], entry.kind == .claim, let project = entry.project else { continue }
            readInFull.insert("projects/\(project)/project.md")
            evidenceProjects.insert(project)
            evidenceIDs.formUnion(entry.evidence)
        }
        for path in readInFull where parsed[path] == nil {
            if let outcome = try index.read(path, in: repository, decoder: decoder) { parsed[path] = outcome }
        }
        // Lessons are looked up by no rule: they stand in only to tell whether a checked method is used.
        let checksMethods = scope.contains { $0.hasPrefix("toolkit/") }
        var records: [Record] = []
        for entry in index.entries {
            if readInFull.contains(entry.path), let record = parsed[entry.path]?.record {
                records.append(record)
                continue
            }
            switch entry.kind {
            case .method, .project:
                records.append(entry.stub)
            case .lesson where checksMethods:
                records.append(entry.stub)
            case .evidence where entry.project.map(evidenceProjects.contains) == true || evidenceIDs.contains(entry.id):
                records.append(entry.stub)
            case .evidence, .claim, .lesson:
                break
            }
        }
        records += try restrictedOwners(for: readInFull.compactMap { index[$0] }, in: index)
        var kb = KnowledgeBase(settings: try ReferenceIndex.settings(of: tree, in: repository), records: records)
        kb.validationScope = scope
        try hashEvidenceFiles(of: &kb, in: tree)
        var findings = scope.flatMap { parsed[$0]?.findings ?? [] }
        var ruleFindings: [Finding] = []
        for rule in Validator.rules { rule.check(kb, into: &ruleFindings) }
        findings += ruleFindings.filter { scope.contains($0.path) }
        return findings
    }

    /// Stand-ins for the restricted evidence whose file the public evidence among `entries` names
    /// too, by path or by content (the same blob), which `RestrictedFileRule` compares them with.
    private func restrictedOwners(for entries: [ReferenceEntry], in index: ReferenceIndex) throws -> [Record] {
        guard let tree = index.tree else { return [] }
        let named = entries.filter { $0.kind == .evidence && !$0.isRestricted }.compactMap(\.namedFilePath)
        guard !named.isEmpty else { return [] }
        let restricted = index.entries.filter { $0.isRestricted && $0.file != nil }
        guard !restricted.isEmpty else { return [] }
        func blob(_ path: String) -> ObjectID? {
            guard let entry = try? repository.entry(at: path, inTree: tree), entry.kind == .blob || entry.kind == .executable else { return nil }
            return entry.id
        }
        let paths = Set(named)
        let blobs = Set(named.compactMap(blob))
        let readInFull = Set(entries.map(\.path))
        return restricted.filter { owner in
            guard !readInFull.contains(owner.path), let path = owner.namedFilePath else { return false }
            return paths.contains(path) || blob(path).map(blobs.contains) == true
        }.map(\.stub)
    }

    /// The digests of the evidence files that the checked evidence names, and that restricted
    /// evidence standing in names, as the loader computes them.
    private func hashEvidenceFiles(of kb: inout KnowledgeBase, in tree: ObjectID) throws {
        for item in kb.evidence where kb.checks(item.source) || item.access == .restricted {
            guard let file = item.file else { continue }
            let path = "projects/\(item.project)/\(file)"
            guard RecordLocation(path: path) == .evidenceFile, let entry = try? repository.entry(at: path, inTree: tree),
                entry.kind == .blob || entry.kind == .executable
            else { continue }
            if try repository.blobSize(entry.id) > Evidence.maximumFileSize {
                kb.oversizedEvidenceFiles.insert(path)
            } else {
                kb.evidenceFileDigests[path] = SHA256.hex(try repository.blob(entry.id))
            }
        }
    }
}

extension Finding {
    /// What tells two errors apart when comparing a knowledge base before and after a change.
    var key: String { "\(path): \(message)" }
}

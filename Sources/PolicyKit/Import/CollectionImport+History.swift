import Foundation
import GitKit

/// `import collection --history`: the source's history replayed, one commit per source commit
/// that changed an imported file, with its author, date and message and a trailer naming it.
///
/// The records are the files of the source's revision; each record's past is the history of its
/// file, followed back through renames (git's similarity rules, through libgit2). Commits are
/// replayed parents first; a commit with one parent brings the records whose files it changed to
/// their state in that commit, a merge brings every record to its state in the merge. Source
/// commits already imported (named by a trailer in the knowledge base's history), and their
/// ancestors, are not replayed again, so a rerun adds only what is new.
extension CollectionImport {
    /// Replays the source's history into the knowledge base of `repository`; a last commit by
    /// `author` brings the records to the source's revision if the replayed ones did not (a
    /// past version left out, say).
    public func replay(into repository: Repository, author: Signature, committer: Signature, mode: CommitWriter.Mode) throws -> Outcome {
        guard case .revision(let sourceRepository, let tip) = source.origin else {
            throw ImportError.usage("\(source.location) is a plain folder, not a git repository, so it has no history to import")
        }
        let plan = try tipPlan(validatingIn: repository)
        var lineage = Lineage(plan: plan)
        var commits: [Commit] = []
        try sourceRepository.walkHistory(from: tip) {
            commits.append($0)
            return true
        }
        var changed: [ObjectID: Set<RecordID>] = [:]
        for commit in commits {
            let parentTree = try commit.parents.first.map { try sourceRepository.commit($0).tree }
            let deltas = try sourceRepository.diffTrees(old: parentTree, new: commit.tree, detectRenames: true)
            lineage.follow(deltas.filter { $0.status == .renamed })
            changed[commit.id] = Set(deltas.flatMap { [$0.oldPath, $0.newPath].compactMap { $0 } }.compactMap { lineage.id(of: $0) })
        }
        let skipped = try alreadyImported(commits, in: repository)
        var warnings = plan.findings
        var steps: [CommitWriter.ChainStep] = []
        for commit in commits.reversed() where !skipped.contains(commit.id) {
            let ids = commit.parents.count > 1 ? Set(lineage.paths.keys) : changed[commit.id] ?? []
            guard !ids.isEmpty else { continue }
            var files: [String: [UInt8]?] = [:]
            for id in ids.sorted() {
                switch try version(of: id, at: commit, lineage: lineage, in: sourceRepository) {
                case .absent: files[ImportRecordKeys.path(of: kind, id: id)] = .some(nil)
                case .converted(let bytes): files[ImportRecordKeys.path(of: kind, id: id)] = bytes
                case .leftOut(let findings): warnings += findings
                }
            }
            steps.append(CommitWriter.ChainStep(message: replayMessage(commit), author: commit.author, changes: files))
        }
        let reconcile = """
            import: bring \(plan.items.count) \(kind.plural) to \(Self.oneLine(name)) \(tip.short)

            Policylab-Command: import collection
            \(Self.trailer): \(Self.oneLine(name)) \(tip.hex)

            """
        let finalFiles = Dictionary(plan.items.map { ($0.targetPath, Optional($0.converted.bytes)) }, uniquingKeysWith: { first, _ in first })
        steps.append(CommitWriter.ChainStep(message: reconcile, author: author, changes: finalFiles))
        let writer = CommitWriter(repository: repository)
        do {
            let outcome = try writer.writeChain(committer: committer, mode: mode, { _ in steps }) { step, refused in
                // A past version that the knowledge base of its time refuses (a related method not yet
                // written, say) is left out of that commit; the record keeps its previous version.
                guard step.message != reconcile else { return nil }
                let refusedPaths = Set(refused.map(\.path)).intersection(step.changes.keys)
                guard !refusedPaths.isEmpty else { return nil }
                var repaired = step
                for path in refusedPaths { repaired.changes[path] = nil }
                for finding in plan.translated(refused.filter { refusedPaths.contains($0.path) }) {
                    warnings.append(
                        .warning(
                            "in source commit \(Self.commitID(in: step.message)): this version is left out, as policylab would refuse it: \(finding.message)",
                            in: finding.path, at: finding.position))
                }
                return repaired
            }
            return Outcome(
                changes: outcome.changes, commits: outcome.commits, plannedCommits: outcome.planned, records: plan.items.count,
                findings: warnings.sortedForDisplay())
        } catch WriteError.invalid(let findings) {
            throw ImportError.findings(plan.translated(findings).sortedForDisplay())
        }
    }

    /// What a record's file was at a source commit.
    enum Version {
        case absent
        case converted([UInt8])
        case leftOut([Finding])
    }

    /// The record's converted file at `commit`: from the first of its paths (newest name first) that the commit holds.
    private func version(of id: RecordID, at commit: Commit, lineage: Lineage, in repository: Repository) throws -> Version {
        for path in lineage.paths[id] ?? [] {
            guard let entry = try repository.entry(at: path, inTree: commit.tree) else { continue }
            guard entry.kind == .blob || entry.kind == .executable else {
                return .leftOut([.warning("in source commit \(commit.id.short): not a regular file; this version is left out", in: path)])
            }
            let sourceEntry = CollectionSource.Entry(path: path, kind: .file, blob: entry.id)
            let outcome = RecordConversion(map: map, kind: kind, fixedID: id).convert(try source.read(sourceEntry), path: path, relativePath: path)
            guard let converted = outcome.converted, !outcome.findings.hasErrors else {
                let errors = outcome.findings.filter { $0.severity == .error }
                return .leftOut(
                    errors.map {
                        .warning("in source commit \(commit.id.short): this version is left out: \($0.message)", in: $0.path, at: $0.position)
                    })
            }
            return .converted(converted.bytes)
        }
        return .absent
    }

    /// The source commit's message with the import trailers after it.
    private func replayMessage(_ commit: Commit) -> String {
        var message = commit.message
        while message.last?.isWhitespace == true { message.removeLast() }
        if message.isEmpty { message = "(no message)" }
        return message + "\n\nPolicylab-Command: import collection\n\(Self.trailer): \(Self.oneLine(name)) \(commit.id.hex)\n"
    }

    /// The source commit an import commit message names, abbreviated.
    static func commitID(in message: String) -> String {
        let line = message.split(separator: "\n").last { $0.hasPrefix(trailer + ": ") }
        return line.flatMap { $0.split(separator: " ").last }.map { String($0.prefix(7)) } ?? "?"
    }

    /// The source commits the knowledge base's history already holds, with all their ancestors.
    private func alreadyImported(_ commits: [Commit], in repository: Repository) throws -> Set<ObjectID> {
        var named = Set<String>()
        if case .branch(_, let target?) = try repository.head() {
            try repository.walkHistory(from: target) { commit in
                for line in commit.message.split(separator: "\n") where line.hasPrefix(Self.trailer + ": ") {
                    if let hex = line.split(separator: " ").last { named.insert(String(hex)) }
                }
                return true
            }
        }
        var skipped = Set<ObjectID>()
        // Newest first: a commit's children come before it, so marking parents reaches every ancestor.
        for commit in commits where named.contains(commit.id.hex) || skipped.contains(commit.id) {
            skipped.insert(commit.id)
            skipped.formUnion(commit.parents)
        }
        return skipped
    }
}

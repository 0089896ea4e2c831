import GitKit

/// The rules a contribution must follow beyond validation, judged by the base's `policylab.yaml`.
struct ReviewPolicy {
    /// Files other than records and evidence files larger than this belong elsewhere.
    static let maximumOtherFileSize = 1 << 20

    let repository: Repository
    let settings: Settings
    let head: ObjectID
    let mergeBase: ObjectID
    /// The base branch's tip.
    let base: ObjectID
    let baseName: String
    /// Whether the base's maintainers approved this head (as `Approvals` judges it).
    let approved: Bool

    func findings(branchDeltas: [TreeDelta], baseDeltas: [TreeDelta]) throws -> [Finding] {
        var findings: [Finding] = []
        for delta in branchDeltas {
            for path in Set([delta.oldPath, delta.newPath].compactMap { $0 }).sorted() {
                if let finding = pathFinding(path) { findings.append(finding) }
            }
            findings += FileKindFindings.findings(delta)
            if let finding = try sizeFinding(delta) { findings.append(finding) }
            if let finding = try accessFinding(delta) { findings.append(finding) }
            if let finding = lifeFinding(delta) { findings.append(finding) }
            findings += try stakeholderFindings(delta)
            if delta.path == Settings.fileName || delta.oldPath == Settings.fileName { findings.append(try settingsFinding(delta)) }
        }
        findings += collisions(branchDeltas, baseDeltas)
        let claims = branchDeltas.filter { delta in
            [delta.oldPath, delta.newPath].contains { path in
                guard let path, case .record(.claim, _, _) = RecordLocation(path: path) else { return false }
                return true
            }
        }
        findings += try VerificationAuthorship(
            repository: repository, settings: settings, head: head, mergeBase: mergeBase,
            base: base, baseName: baseName
        ).findings(claimDeltas: claims)
        return findings.sortedForDisplay()
    }

    /// A change to `policylab.yaml`: who maintains, their keys, what review requires. Only the
    /// base's maintainers may make it: an error until they approve, then a warning listing it.
    private func settingsFinding(_ delta: TreeDelta) throws -> Finding {
        let old = delta.oldIsBlob ? SettingsReading.parse(try repository.blob(delta.oldID ?? base)).0 : .defaults
        let new = delta.newIsBlob ? SettingsReading.parse(try repository.blob(delta.newID ?? base)).0 : .defaults
        let changes = SettingsChanges.changes(from: old, to: new)
        let listed = changes.isEmpty ? "" : " (" + changes.joined(separator: "; ") + ")"
        if approved {
            return .warning("the branch changes the knowledge base settings\(listed): approved by the base's maintainers", in: Settings.fileName)
        }
        return .error(
            "the branch changes the knowledge base settings\(listed): only the maintainers in \(baseName)'s \(Settings.fileName) may, "
                + "so it needs their approval", in: Settings.fileName)
    }

    /// A record the branch deletes or renames: someone else's work may go with it.
    private func lifeFinding(_ delta: TreeDelta) -> Finding? {
        guard let oldPath = delta.oldPath, let record = RecordDiff.reference(for: oldPath) else { return nil }
        switch delta.status {
        case .deleted: return .warning("\(record) is deleted", in: oldPath)
        case .renamed:
            let now = RecordDiff.reference(for: delta.path) ?? delta.path
            return .warning("\(record) is renamed to \(now) (\(oldPath) -> \(delta.path)): references to the old id break", in: delta.path)
        default: return nil
        }
    }

    /// Contacts, keys and publicity of the stakeholders of a project file the branch changes.
    private func stakeholderFindings(_ delta: TreeDelta) throws -> [Finding] {
        guard delta.oldIsBlob, delta.newIsBlob, let old = delta.oldID, let new = delta.newID, let oldPath = delta.oldPath,
            case .record(.project, _, _) = RecordLocation(path: delta.path)
        else { return [] }
        let before = StakeholderEntries(RecordContent(try repository.blob(old), path: oldPath))
        let after = StakeholderEntries(RecordContent(try repository.blob(new), path: delta.path))
        return StakeholderAuthority(repository: repository).findings(path: delta.path, old: before, new: after)
    }

    /// A path outside `review.paths` (`policylab.yaml` is judged by `settingsFinding`).
    private func pathFinding(_ path: String) -> Finding? {
        if path == Settings.fileName { return nil }
        let allowed = settings.review.paths.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        if allowed.contains(where: { path == $0 || path.hasPrefix($0 + "/") }) { return nil }
        return .error(
            "outside the paths a contribution may change (\(allowed.joined(separator: ", ")); set by review.paths in \(Settings.fileName))", in: path)
    }

    private func sizeFinding(_ delta: TreeDelta) throws -> Finding? {
        guard let blob = delta.newID, delta.status != .deleted, delta.newIsBlob else { return nil }
        let size = try repository.blobSize(blob)
        let limit: Int
        switch RecordLocation(path: delta.path) {
        case .record, .translation: limit = SourceText.maximumSize
        case .evidenceFile: limit = Evidence.maximumFileSize
        default: limit = Self.maximumOtherFileSize
        }
        guard size > limit else { return nil }
        return .error("large file: \(size) bytes, over the \(limit >> 20) MiB allowed here (keep large data elsewhere and link it)", in: delta.path)
    }

    /// Evidence whose access the branch changes: made public is an error, made restricted a warning.
    private func accessFinding(_ delta: TreeDelta) throws -> Finding? {
        guard delta.oldIsBlob, delta.newIsBlob, let old = delta.oldID, let new = delta.newID, let oldPath = delta.oldPath,
            case .record(.evidence, _, _) = RecordLocation(path: delta.path)
        else { return nil }
        let before = RecordContent(try repository.blob(old), path: oldPath).value("access")?.string
        let after = RecordContent(try repository.blob(new), path: delta.path).value("access")?.string
        guard before != after else { return nil }
        if before == Access.restricted.rawValue, after == Access.public.rawValue {
            return .error(
                "access: restricted -> public: evidence restricted until now is made public; only the lab may publish it, after checking it can be",
                in: delta.path)
        }
        return .warning("access: \(before ?? "none") -> \(after ?? "none")", in: delta.path)
    }

    /// Files the branch adds that the base has also added since the fork, with other contents.
    private func collisions(_ branchDeltas: [TreeDelta], _ baseDeltas: [TreeDelta]) -> [Finding] {
        var addedOnBase: [String: ObjectID] = [:]
        for delta in baseDeltas where delta.status == .added { addedOnBase[delta.path] = delta.newID }
        return branchDeltas.compactMap { delta in
            guard delta.status == .added || delta.status == .renamed, let theirs = addedOnBase[delta.path], theirs != delta.newID else {
                return nil
            }
            if let record = RecordDiff.reference(for: delta.path) {
                return .error(
                    "\(record) is also new on \(baseName) since this branch forked, as a different record: "
                        + "two contributors minted the same id; rename this one", in: delta.path)
            }
            return .error("also added on \(baseName) since this branch forked, with other contents", in: delta.path)
        }
    }
}

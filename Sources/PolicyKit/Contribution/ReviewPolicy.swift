import GitKit

/// The rules a contribution must follow beyond `check`, judged by the base's `policylab.yaml`.
struct ReviewPolicy {
    /// Files other than records and evidence files larger than this belong elsewhere.
    static let maximumOtherFileSize = 1 << 20

    let repository: Repository
    let settings: Settings
    let head: ObjectID
    let mergeBase: ObjectID
    let baseName: String

    func findings(branchDeltas: [TreeDelta], baseDeltas: [TreeDelta]) throws -> [Finding] {
        var findings: [Finding] = []
        for delta in branchDeltas {
            for path in Set([delta.oldPath, delta.newPath].compactMap { $0 }).sorted() {
                if let finding = pathFinding(path) { findings.append(finding) }
            }
            if let finding = try sizeFinding(delta) { findings.append(finding) }
            if let finding = try accessFinding(delta) { findings.append(finding) }
        }
        findings += collisions(branchDeltas, baseDeltas)
        let claims = branchDeltas.compactMap { delta -> String? in
            guard delta.newID != nil, case .record(.claim, _, _) = RecordLocation(path: delta.path) else { return nil }
            return delta.path
        }
        findings += try VerificationAuthorship(repository: repository, settings: settings, head: head, mergeBase: mergeBase)
            .findings(claimPaths: claims)
        return findings.sortedForDisplay()
    }

    /// A path outside `review.paths`; a change to `policylab.yaml` itself is flagged for a careful look.
    private func pathFinding(_ path: String) -> Finding? {
        if path == Settings.fileName {
            return .warning("the branch changes the knowledge base settings (review policy, maintainers): check this change by hand", in: path)
        }
        let allowed = settings.review.paths.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        if allowed.contains(where: { path == $0 || path.hasPrefix($0 + "/") }) { return nil }
        return .error("outside the paths a contribution may change (\(allowed.joined(separator: ", ")); set by review.paths in \(Settings.fileName))", in: path)
    }

    private func sizeFinding(_ delta: TreeDelta) throws -> Finding? {
        guard let blob = delta.newID, delta.status != .deleted else { return nil }
        let size = try repository.blobSize(blob)
        let limit: Int
        switch RecordLocation(path: delta.path) {
        case .record: limit = SourceText.maximumSize
        case .evidenceFile: limit = Evidence.maximumFileSize
        default: limit = Self.maximumOtherFileSize
        }
        guard size > limit else { return nil }
        return .error("large file: \(size) bytes, over the \(limit >> 20) MiB allowed here (keep large data elsewhere and link it)", in: delta.path)
    }

    /// Evidence that the base kept restricted and the branch makes public.
    private func accessFinding(_ delta: TreeDelta) throws -> Finding? {
        guard let old = delta.oldID, let new = delta.newID, let oldPath = delta.oldPath,
              case .record(.evidence, _, _) = RecordLocation(path: delta.path) else { return nil }
        let before = RecordContent(try repository.blob(old), path: oldPath).value("access")?.string
        let after = RecordContent(try repository.blob(new), path: delta.path).value("access")?.string
        guard before == Access.restricted.rawValue, after == Access.public.rawValue else { return nil }
        return .error("evidence restricted until now is made public: only the lab may publish it, after checking it can be", in: delta.path)
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
                return .error("\(record) is also new on \(baseName) since this branch forked, as a different record: "
                              + "two contributors minted the same id; rename this one", in: delta.path)
            }
            return .error("also added on \(baseName) since this branch forked, with other contents", in: delta.path)
        }
    }
}

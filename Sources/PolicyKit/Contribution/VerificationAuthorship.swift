import Foundation
import GitKit
import Yams

/// Judges the verifications a branch adds, edits or removes by the **base's** stakeholders: a
/// verdict counts only when it comes from the stakeholder it speaks for. With a `signing_key` on
/// the stakeholder that means a valid signature; without one, a commit whose author e-mail is the
/// stakeholder's contact or a maintainer's (which git does not authenticate, as review says).
/// Removing a verification, or adding the stakeholder and their verdict in the same branch, is
/// never a contributor's to do.
struct VerificationAuthorship {
    let repository: Repository
    let settings: Settings
    let head: ObjectID
    let mergeBase: ObjectID
    /// The base branch's tip, whose project files say who the stakeholders are.
    let base: ObjectID
    let baseName: String

    func findings(claimDeltas: [TreeDelta]) throws -> [Finding] {
        var findings: [Finding] = []
        for delta in claimDeltas {
            guard case .record(.claim, let claimID, let project?) = RecordLocation(path: delta.path) else { continue }
            let stakeholders = try baseStakeholders(project: project)
            let before = try entries(delta.oldIsBlob ? delta.oldID : nil, path: delta.oldPath ?? delta.path)
            let after = try entries(delta.newIsBlob ? delta.newID : nil, path: delta.path)
            for (stakeholder, entry) in before where !after.keys.contains(stakeholder) {
                let verdict = entry.mapping?["verdict"]?.string ?? "?"
                findings.append(
                    .error(
                        "the \(verdict) verification by stakeholder '\(stakeholder)' is removed"
                            + (delta.newID == nil ? " with the claim" : "")
                            + ": a verdict is the stakeholder's own, so only a maintainer may remove it, on \(baseName)", in: delta.path))
            }
            guard delta.newIsBlob else { continue }
            let changed = after.filter { stakeholder, entry in before[stakeholder] != entry }
            for stakeholder in changed.keys.sorted() {
                guard let known = stakeholders.entries[stakeholder] else {
                    findings.append(
                        .error(
                            "the verification by stakeholder '\(stakeholder)' speaks for someone who is not a stakeholder of "
                                + "project '\(project)' on \(baseName): a stakeholder and their verdict cannot come in the same contribution",
                            in: delta.path))
                    continue
                }
                if let keyText = known.signingKey, let key = try? SSHPublicKey(text: keyText) {
                    if let entry = changed[stakeholder], !isSigned(entry, claim: "\(project)/\(claimID)", stakeholder: stakeholder, by: key) {
                        findings.append(
                            .error(
                                "the verification by stakeholder '\(stakeholder)' is not signed by their signing_key "
                                    + "(\(key.fingerprint)) in projects/\(project)/project.md on \(baseName)", in: delta.path))
                    }
                    continue
                }
                findings += try authorshipFindings(path: delta.path, project: project, stakeholder: stakeholder, contact: known.contact)
            }
        }
        return findings
    }

    /// Each commit of the branch that added or edited `stakeholder`'s entry must be authored by
    /// their contact or a maintainer.
    private func authorshipFindings(path: String, project: String, stakeholder: String, contact: String?) throws -> [Finding] {
        let maintainers = Set(settings.review.maintainers.map { $0.email.lowercased() })
        var findings: [Finding] = []
        try repository.pathHistory(of: path, from: head, hiding: [mergeBase]) { change in
            let email = change.commit.author.email.lowercased()
            let old = try entries(change.previousBlob, path: change.previousPath ?? change.path)
            let new = try entries(change.blob, path: change.path)
            if let entry = new[stakeholder], old[stakeholder] != entry, !maintainers.contains(email), contact != email {
                findings.append(
                    .error(
                        "the verification by stakeholder '\(stakeholder)' was added or edited by \(change.commit.author.identity) in commit \(change.commit.id.short), "
                            + "who is neither that stakeholder (their contact in projects/\(project)/project.md on \(baseName)) nor a maintainer in \(Settings.fileName)",
                        in: path))
            }
            return true
        }
        return findings
    }

    private func isSigned(_ entry: Node, claim: String, stakeholder: String, by key: SSHPublicKey) -> Bool {
        guard let mapping = entry.mapping else { return false }
        let statement = VerdictStatement(
            knowledgeBase: settings.name, claim: claim, stakeholder: stakeholder, verdict: mapping["verdict"]?.string ?? "",
            on: mapping["on"]?.string ?? "", statementSHA256: mapping["statement_sha256"]?.string ?? "", note: mapping["note"]?.string ?? "")
        return statement.isSigned(mapping["signature"]?.string, by: key)
    }

    /// A claim file's verification entries by stakeholder (the last entry of each, as the claim's status reads them).
    private func entries(_ blob: ObjectID?, path: String) throws -> [String: Node] {
        guard let blob else { return [:] }
        let nodes = RecordContent(try repository.blob(blob), path: path).value("verifications")?.sequence.map(Array.init) ?? []
        var result: [String: Node] = [:]
        for node in nodes { if let id = node.mapping?["stakeholder"]?.string { result[id] = node } }
        return result
    }

    private func baseStakeholders(project: String) throws -> StakeholderEntries {
        let path = "projects/\(project)/project.md"
        guard let entry = try repository.entry(at: path, inTree: try repository.commit(base).tree), entry.kind == .blob else {
            return StakeholderEntries(RecordContent(nil, path: path))
        }
        return StakeholderEntries(RecordContent(try repository.blob(entry.id), path: path))
    }
}

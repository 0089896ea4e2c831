import Foundation
import GitKit
import Yams

/// Checks that each verification a branch adds or edits was committed by the stakeholder it speaks
/// for (the author's e-mail is the stakeholder's contact) or by a maintainer: anyone else forged it.
struct VerificationAuthorship {
    let repository: Repository
    let settings: Settings
    let head: ObjectID
    let mergeBase: ObjectID

    func findings(claimPaths: [String]) throws -> [Finding] {
        let maintainers = Set(settings.review.maintainers.map { $0.email.lowercased() })
        var findings: [Finding] = []
        for path in claimPaths {
            guard case .record(.claim, _, let project?) = RecordLocation(path: path) else { continue }
            let contacts = try stakeholderContacts(project: project)
            try repository.pathHistory(of: path, from: head, hiding: [mergeBase]) { change in
                let author = change.commit.author
                let email = author.email.lowercased()
                for stakeholder in try addedVerifications(change) where !maintainers.contains(email) && contacts[stakeholder] != email {
                    findings.append(.error(
                        "the verification by stakeholder '\(stakeholder)' was added or edited by \(author.identity) in commit \(change.commit.id.short), "
                            + "who is neither that stakeholder (their contact in projects/\(project)/project.md) nor a maintainer in \(Settings.fileName)",
                        in: path))
                }
                return true
            }
        }
        return findings
    }

    /// The stakeholders whose verification entries are new or different after `change`.
    private func addedVerifications(_ change: PathChange) throws -> [String] {
        let old = verifications(try change.previousBlob.map { try repository.blob($0) }, path: change.previousPath ?? change.path)
        let new = verifications(try change.blob.map { try repository.blob($0) }, path: change.path)
        return new.filter { entry in !old.contains(entry) }.compactMap { $0.mapping?["stakeholder"]?.string }
    }

    private func verifications(_ bytes: [UInt8]?, path: String) -> [Node] {
        RecordContent(bytes, path: path).value("verifications")?.sequence.map(Array.init) ?? []
    }

    /// Each stakeholder's contact e-mail (lowercased, without `mailto:`) in the project at the branch head.
    private func stakeholderContacts(project: String) throws -> [String: String] {
        let tree = try repository.commit(head).tree
        let path = "projects/\(project)/project.md"
        guard let entry = try repository.entry(at: path, inTree: tree) else { return [:] }
        let stakeholders = RecordContent(try repository.blob(entry.id), path: path).value("stakeholders")?.sequence.map(Array.init) ?? []
        var contacts: [String: String] = [:]
        for stakeholder in stakeholders {
            guard let id = stakeholder.mapping?["id"]?.string, var contact = stakeholder.mapping?["contact"]?.string else { continue }
            contact = contact.trimmingCharacters(in: .whitespaces).lowercased()
            if contact.hasPrefix("mailto:") { contact.removeFirst(7) }
            contacts[id] = contact
        }
        return contacts
    }
}

import GitKit

/// What a branch changes about who speaks for a project's stakeholders. A stakeholder's contact
/// and signing key decide whose verification counts, so a contribution may not change them; a
/// stakeholder made public or private changes what is published, which a maintainer must see.
struct StakeholderAuthority {
    let repository: Repository

    /// Findings for one project file the branch changes, from `old` (the fork point) to `new`.
    func findings(path: String, old: StakeholderEntries, new: StakeholderEntries) -> [Finding] {
        var findings: [Finding] = []
        for id in new.entries.keys.sorted() {
            guard let after = new.entries[id] else { continue }
            guard let before = old.entries[id] else { continue }
            if before.contact != after.contact {
                findings.append(
                    .error(
                        "stakeholder '\(id)': contact changed from \(Self.quoted(before.contact)) to \(Self.quoted(after.contact)): "
                            + "the contact decides who may verify for this stakeholder, so only a maintainer may change it, on the base branch",
                        in: path))
            }
            if before.signingKey != after.signingKey {
                findings.append(
                    .error(
                        "stakeholder '\(id)': signing_key changed from \(Self.quoted(before.signingKey)) to \(Self.quoted(after.signingKey)): "
                            + "the key decides whose signed verdicts count, so only a maintainer may change it, on the base branch", in: path))
            }
            if before.isPublic != after.isPublic {
                findings.append(
                    .warning(
                        "stakeholder '\(id)': made \(after.isPublic ? "public (was private): their name will be published" : "private (was public)")",
                        in: path))
            }
        }
        for id in old.entries.keys.sorted() where new.entries[id] == nil {
            findings.append(.warning("stakeholder '\(id)' removed", in: path))
        }
        return findings
    }

    static func quoted(_ value: String?) -> String { value.map { "'\($0)'" } ?? "none" }
}

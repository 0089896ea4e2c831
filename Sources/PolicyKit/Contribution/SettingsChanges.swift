/// What a branch changes in `policylab.yaml`: maintainers, their keys, the review paths and the
/// numbers of approvals and confirmations, each with its old and new value.
enum SettingsChanges {
    static func changes(from old: Settings, to new: Settings) -> [String] {
        var changes: [String] = []
        let before = Dictionary(old.review.maintainers.map { ($0.email.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(new.review.maintainers.map { ($0.email.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        for maintainer in new.review.maintainers where before[maintainer.email.lowercased()] == nil {
            changes.append("maintainer added: \(maintainer.name) <\(maintainer.email)>")
        }
        for maintainer in old.review.maintainers where after[maintainer.email.lowercased()] == nil {
            changes.append("maintainer removed: \(maintainer.name) <\(maintainer.email)>")
        }
        for maintainer in new.review.maintainers {
            guard let earlier = before[maintainer.email.lowercased()], earlier.signingKey != maintainer.signingKey else { continue }
            changes.append(
                "signing_key of \(maintainer.name) <\(maintainer.email)>: \(earlier.signingKey?.description ?? "none") -> \(maintainer.signingKey?.description ?? "none")"
            )
        }
        if old.review.requiredApprovals != new.review.requiredApprovals {
            changes.append("review.required_approvals: \(old.review.requiredApprovals) -> \(new.review.requiredApprovals)")
        }
        if old.review.paths != new.review.paths {
            changes.append("review.paths: [\(old.review.paths.joined(separator: ", "))] -> [\(new.review.paths.joined(separator: ", "))]")
        }
        if old.requiredConfirmations != new.requiredConfirmations {
            changes.append("verification.required_confirmations: \(old.requiredConfirmations) -> \(new.requiredConfirmations)")
        }
        if old.name != new.name { changes.append("name: '\(old.name)' -> '\(new.name)'") }
        return changes
    }
}

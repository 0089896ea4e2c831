/// `policylab.yaml` holds sensible numbers and maintainers that can be told apart.
struct SettingsRule: Rule {
    func check(_ kb: KnowledgeBase, into findings: inout [Finding]) {
        guard kb.checksSettings else { return }
        let settings = kb.settings
        let path = Settings.fileName
        if settings.requiredConfirmations < 1 {
            findings.append(.error("'verification.required_confirmations' must be at least 1", in: path))
        }
        if settings.review.requiredApprovals < 0 {
            findings.append(.error("'review.required_approvals' cannot be negative", in: path))
        }
        if let target = settings.programme?.demonstratorTarget, target < 0 {
            findings.append(.error("'programme.targets.demonstrators' cannot be negative", in: path))
        }
        for maintainer in settings.review.maintainers where !maintainer.email.contains("@") {
            findings.append(.error("maintainer '\(maintainer.name)' needs an email address (approvals are matched by email)", in: path))
        }
        for folder in settings.review.paths where folder.isEmpty || folder.hasPrefix("/") || folder.split(separator: "/").contains("..") {
            findings.append(.error("'review.paths' entry '\(folder)' must be a folder inside the repository", in: path))
        }
    }
}

/// Stakeholder ids are unique within a project, and the requests and verifications of a claim
/// name stakeholders of the claim's own project.
struct StakeholderRule: Rule {
    func check(_ kb: KnowledgeBase, into findings: inout [Finding]) {
        for project in kb.projects where kb.checks(project.source) {
            var seen: [RecordID: Int] = [:]
            for stakeholder in project.stakeholders {
                if let line = seen[stakeholder.id] {
                    findings.append(
                        .error(
                            "duplicate stakeholder id '\(stakeholder.id)' (first at line \(line))",
                            in: project.source.path, at: stakeholder.position))
                } else {
                    seen[stakeholder.id] = stakeholder.position?.line ?? 0
                }
            }
        }
        for claim in kb.claims where kb.checks(claim.source) {
            let project = kb.project(claim.project)
            let known = project?.stakeholders.map(\.id.rawValue) ?? []
            let named = claim.requested.map { ("requested", $0.stakeholder) } + claim.verifications.map { ("verifications", $0.stakeholder) }
            for (key, stakeholder) in named where project?.stakeholder(stakeholder.value) == nil {
                findings.append(
                    .error(
                        "'\(key)' names '\(stakeholder.value)', who is not a stakeholder of project '\(claim.project)'"
                            + Suggestion.hint(for: stakeholder.value.rawValue, among: known), in: claim.source.path, at: stakeholder.position))
            }
        }
        for item in kb.evidence where kb.checks(item.source) && kb.project(item.project) == nil {
            findings.append(.error("evidence of project '\(item.project)', which has no project.md", in: item.source.path))
        }
        for claim in kb.claims where kb.checks(claim.source) && kb.project(claim.project) == nil {
            findings.append(.error("impact claim of project '\(claim.project)', which has no project.md", in: claim.source.path))
        }
    }
}

/// Runs every rule of `records.md` over a loaded knowledge base.
public enum Validator {
    static let rules: [any Rule] = [
        ReferenceRule(),
        StakeholderRule(),
        DateRule(),
        EvidenceRule(),
        RestrictedFileRule(),
        ClaimRule(),
        TextRule(),
        VagueCommitmentRule(),
        UsageRule(),
        SettingsRule(),
        MilestoneOutcomeRule(),
        IndicatorRule(),
        LessonSourceRule(),
    ]

    /// All findings: those of the load and those of every rule, sorted for display. Findings that
    /// only follow from a file that does not parse are left out until it does (`UnparsedDependents`).
    public static func validate(_ outcome: KnowledgeBaseLoader.Outcome) -> [Finding] {
        var findings: [Finding] = []
        for rule in rules { rule.check(outcome.knowledgeBase, into: &findings) }
        return UnparsedDependents.apply(ruleFindings: findings, loadFindings: outcome.findings, unparsed: outcome.unparsed).sortedForDisplay()
    }
}

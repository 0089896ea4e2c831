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
        TranslationRule(),
    ]

    /// All findings: those of the load and those of every rule, sorted for display. Findings that
    /// only follow from a file that does not parse are left out until it does (`UnparsedDependents`)
    /// when `hidingDependents`: that is for people reading them; a write judges every finding, so
    /// that nothing is accepted only because something else is broken.
    public static func validate(_ outcome: KnowledgeBaseLoader.Outcome, hidingDependents: Bool = true) -> [Finding] {
        var findings: [Finding] = []
        for rule in rules { rule.check(outcome.knowledgeBase, into: &findings) }
        guard hidingDependents else { return (outcome.findings + findings).sortedForDisplay() }
        return UnparsedDependents.apply(ruleFindings: findings, loadFindings: outcome.findings, unparsed: outcome.unparsed).sortedForDisplay()
    }
}

public enum StakeholderKind: String, Vocabulary {
    case department
    case localAuthority = "local-authority"
    case cso
    case citizenGroup = "citizen-group"
    case academic, `private`, lab
    /// An international or multilateral body, such as the Open Government Partnership and its IRM.
    case international
    public static let vocabularyName = "stakeholder kind"
}

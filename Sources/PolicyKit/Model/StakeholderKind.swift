/// What kind of body or group a project stakeholder is.
public enum StakeholderKind: String, Vocabulary {
    /// A government department.
    case department
    /// A local authority.
    case localAuthority = "local-authority"
    /// A civil society organisation.
    case cso
    /// A group of citizens.
    case citizenGroup = "citizen-group"
    /// A university or research body; a private company; a policy lab.
    case academic, `private`, lab
    /// An international or multilateral body, such as the Open Government Partnership and its IRM.
    case international
    /// What the field is called in messages.
    public static let vocabularyName = "stakeholder kind"
}

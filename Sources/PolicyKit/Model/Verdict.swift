/// A stakeholder's verdict on a claim.
public enum Verdict: String, Vocabulary {
    /// The stakeholder confirms the claim, confirms part of it, or disputes it.
    case confirmed, partly, disputed
    /// What the field is called in messages.
    public static let vocabularyName = "verdict"
}

/// The level of public participation a method gives, on the IAP2 spectrum of public participation,
/// from least to most public influence on the decision (the order of `allCases`).
public enum ParticipationLevel: String, Vocabulary {
    /// The public is informed, consulted, involved, collaborated with, or empowered to decide.
    case inform, consult, involve, collaborate, empower
    /// What the field is called in messages.
    public static let vocabularyName = "participation level"
}

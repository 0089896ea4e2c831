/// The level of public participation a method gives, on the IAP2 spectrum of public participation,
/// from least to most public influence on the decision (the order of `allCases`).
public enum ParticipationLevel: String, Vocabulary {
    case inform, consult, involve, collaborate, empower
    public static let vocabularyName = "participation level"
}

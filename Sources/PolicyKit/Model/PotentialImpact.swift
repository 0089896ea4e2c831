/// How much a commitment could change, on the Independent Reporting Mechanism (IRM) scale.
public enum PotentialImpact: String, Vocabulary {
    /// No, minor, moderate or transformative potential impact.
    case none, minor, moderate, transformative
    /// What the field is called in messages.
    public static let vocabularyName = "potential impact"
}

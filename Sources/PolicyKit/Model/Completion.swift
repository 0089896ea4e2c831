/// How far a commitment was carried out, on the Independent Reporting Mechanism (IRM) scale.
public enum Completion: String, Vocabulary {
    /// Nothing was done yet.
    case notStarted = "not-started"
    /// Little, much or all of it was done.
    case limited, substantial, complete
    /// What the field is called in messages.
    public static let vocabularyName = "completion"
}

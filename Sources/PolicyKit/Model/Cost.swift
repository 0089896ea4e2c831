/// How costly a method is to run.
public enum Cost: String, Vocabulary {
    /// Low, medium or high cost.
    case low, medium, high
    /// What the field is called in messages.
    public static let vocabularyName = "cost"
}

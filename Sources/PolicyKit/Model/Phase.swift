/// The four phases of the Open Policy Making toolkit (the Double Diamond).
public enum Phase: String, Vocabulary {
    /// Understand the problem; define it; develop solutions; deliver them.
    case discover, define, develop, deliver
    /// What the field is called in messages.
    public static let vocabularyName = "phase"
}

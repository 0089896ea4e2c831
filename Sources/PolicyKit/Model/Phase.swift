/// The four phases of the Open Policy Making toolkit (the Double Diamond).
public enum Phase: String, Vocabulary {
    case discover, define, develop, deliver
    public static let vocabularyName = "phase"
}

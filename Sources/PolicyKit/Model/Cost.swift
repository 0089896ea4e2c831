public enum Cost: String, Vocabulary {
    case low, medium, high
    public static let vocabularyName = "cost"
}

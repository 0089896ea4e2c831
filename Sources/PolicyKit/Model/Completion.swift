public enum Completion: String, Vocabulary {
    case notStarted = "not-started"
    case limited, substantial, complete
    public static let vocabularyName = "completion"
}

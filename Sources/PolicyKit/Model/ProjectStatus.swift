public enum ProjectStatus: String, Vocabulary {
    case proposed, commissioned, active, delivered, closed, cancelled
    public static let vocabularyName = "status"
}

public enum LessonStatus: String, Vocabulary {
    case draft, published
    public static let vocabularyName = "status"
}

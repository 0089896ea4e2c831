public enum MethodStatus: String, Vocabulary {
    case draft, published, retired
    public static let vocabularyName = "status"
}

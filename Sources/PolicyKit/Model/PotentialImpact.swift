public enum PotentialImpact: String, Vocabulary {
    case none, minor, moderate, transformative
    public static let vocabularyName = "potential impact"
}

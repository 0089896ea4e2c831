public enum Verdict: String, Vocabulary {
    case confirmed, partly, disputed
    public static let vocabularyName = "verdict"
}

public enum OpenedGovernment: String, Vocabulary {
    case worsened
    case didNotChange = "did-not-change"
    case marginal, major, outstanding
    public static let vocabularyName = "opened-government rating"
}

/// How much a commitment opened government, on the Independent Reporting Mechanism (IRM) scale.
public enum OpenedGovernment: String, Vocabulary {
    /// Government became less open.
    case worsened
    /// Government's openness did not change.
    case didNotChange = "did-not-change"
    /// Government opened marginally, majorly or outstandingly.
    case marginal, major, outstanding
    /// What the field is called in messages.
    public static let vocabularyName = "opened-government rating"
}

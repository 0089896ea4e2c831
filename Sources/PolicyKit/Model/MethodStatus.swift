/// Where a toolkit method stands: a draft, published, or retired.
public enum MethodStatus: String, Vocabulary {
    /// Still being written; in the toolkit; no longer recommended.
    case draft, published, retired
    /// What the field is called in messages.
    public static let vocabularyName = "status"
}

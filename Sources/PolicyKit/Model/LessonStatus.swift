/// Where a lesson stands: a draft, or published.
public enum LessonStatus: String, Vocabulary {
    /// Still being written; or ready to be read and published.
    case draft, published
    /// What the field is called in messages.
    public static let vocabularyName = "status"
}

/// Who may see a piece of evidence: anyone, or only those with the repository.
///
/// Restricted evidence never leaves the repository in any output.
public enum Access: String, Vocabulary {
    /// Anyone may see it (it may be published); only readers of the repository may see it.
    case `public`, restricted
    /// What the field is called in messages.
    public static let vocabularyName = "access"
}

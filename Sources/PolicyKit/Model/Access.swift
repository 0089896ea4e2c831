/// Restricted evidence never leaves the repository in any output.
public enum Access: String, Vocabulary {
    case `public`, restricted
    public static let vocabularyName = "access"
}

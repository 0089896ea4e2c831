/// The forges whose web editor and issue form the site links to.
public enum Forge: String, Vocabulary {
    case github, gitlab, gitea
    public static let vocabularyName = "forge"
}

/// The forges whose web editor and issue form the site links to.
public enum Forge: String, Vocabulary {
    /// GitHub, GitLab or Gitea.
    case github, gitlab, gitea
    /// What the field is called in messages.
    public static let vocabularyName = "forge"
}

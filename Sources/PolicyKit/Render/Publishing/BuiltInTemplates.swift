/// The templates policylab ships, resource files under `Resources/publishing/` (English) and
/// `Resources/publishing/fr/` (French: the same templates written in French, not English ones with
/// phrases swapped, so that no English phrase is left in a French post). A knowledge base
/// overrides one with a file of the same name under `templates/` (e.g.
/// `templates/summary.md.mustache`, `templates/summary.fr.md.mustache`), or a publication with a
/// template file given by path.
///
/// Markdown templates start with `{{% CONTENT_TYPE: MARKDOWN }}` so that `{{value}}` is escaped for
/// Markdown; `{{{value}}}` inserts a field that is already safe Markdown (record bodies, sanitised).
enum BuiltInTemplates {
    /// The languages that have templates of their own; any other is published with the English ones.
    static let languages: Set<String> = ["fr"]

    /// The resource path of template `name` (`"summary.md"`) in `language`.
    static func path(_ name: String, in language: String?) -> String {
        guard let language, languages.contains(language) else { return "publishing/\(name).mustache" }
        return "publishing/\(language)/\(name).mustache"
    }

    /// A project's summary post.
    static func summary(in language: String? = nil) throws -> String { try ResourceFiles.text(path("summary.md", in: language)) }
    /// The digest of a period.
    static func digest(in language: String? = nil) throws -> String { try ResourceFiles.text(path("digest.md", in: language)) }
    /// The HTML page around a post rendered as HTML.
    static func page(in language: String? = nil) throws -> String { try ResourceFiles.text(path("page.html", in: language)) }
}

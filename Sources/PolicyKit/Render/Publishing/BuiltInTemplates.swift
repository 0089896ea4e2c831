/// The templates policylab ships, resource files under `Resources/publishing/`. A knowledge base
/// overrides one with a file of the same name under `templates/` (e.g.
/// `templates/summary.md.mustache`), or a publication with a template file given by path.
///
/// Markdown templates start with `{{% CONTENT_TYPE: MARKDOWN }}` so that `{{value}}` is escaped for
/// Markdown; `{{{value}}}` inserts a field that is already safe Markdown (record bodies, sanitised).
enum BuiltInTemplates {
    /// A project's summary post.
    static var summary: String { get throws { try ResourceFiles.text("publishing/summary.md.mustache") } }
    /// The digest of a period.
    static var digest: String { get throws { try ResourceFiles.text("publishing/digest.md.mustache") } }
    /// The HTML page around a post rendered as HTML.
    static var page: String { get throws { try ResourceFiles.text("publishing/page.html.mustache") } }
}

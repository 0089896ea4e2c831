/// A page of the site, its content rendered, before it goes into the layout.
struct SitePage {
    /// Relative to the site's root, such as `methods/citizens-assembly.html`.
    var path: String
    var title: String
    var description: String?
    /// The navigation entry the page belongs to (`methods/index.html`), marked as current.
    var section: String?
    /// Safe HTML from a page template.
    var content: String
    /// What the site's search finds the page by; nil for pages that only list others.
    var searchEntry: SiteSearchEntry?
    /// The record file the page shows, for its "suggest a change" link; nil for other pages.
    var sourcePath: String? = nil

    /// The way back to the root from this page: `""` at the top, `"../"` one folder down.
    var root: String { Self.root(of: path) }

    static func root(of path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }
}

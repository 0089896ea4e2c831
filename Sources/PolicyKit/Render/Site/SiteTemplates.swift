/// The Mustache templates of the static site, resource files under `Resources/site/` (English)
/// and `Resources/site/fr/` (the same templates written in French, for the `fr/` tree; a test
/// checks that both have the same tags and sections). `{{value}}` is HTML-escaped; `{{{value}}}`
/// inserts HTML that policylab made safe itself (record bodies rendered by cmark-gfm with raw HTML
/// shown as text, and the content of a page inside the layout). `root` is the relative way back
/// to the site's root (`""` or `"../"`), so that every link works from `file://` and under any path.
enum SiteTemplates {
    /// The templates of the pages, by name: `layout` (the page around every page's content: head,
    /// skip link, navigation, footer), then one per kind of page.
    static let pageNames = ["layout", "home", "toolkit", "method", "project", "projects", "lesson", "lessons", "search"]

    /// The text of page template `name` (e.g. `"home"`) in `language`.
    static func page(_ name: String, in language: String?) throws -> String {
        try ResourceFiles.text(path("\(name).html", in: language))
    }

    /// The Atom feed in `language`.
    static func feed(in language: String?) throws -> String { try ResourceFiles.text(path("feed.xml", in: language)) }
    /// The sitemap (no words, one for every language).
    static var sitemap: String { get throws { try ResourceFiles.text("site/sitemap.xml.mustache") } }

    /// The resource path of template `name` (`"home.html"`) in `language`: under `site/fr/` for
    /// French, else the English one.
    static func path(_ name: String, in language: String?) -> String {
        guard let language, BuiltInTemplates.languages.contains(language) else { return "site/\(name).mustache" }
        return "site/\(language)/\(name).mustache"
    }
}

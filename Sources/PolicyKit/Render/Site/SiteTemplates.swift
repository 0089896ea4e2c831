/// The Mustache templates of the static site, resource files under `Resources/site/`. `{{value}}`
/// is HTML-escaped; `{{{value}}}` inserts HTML that policylab made safe itself (record bodies
/// rendered by cmark-gfm with raw HTML shown as text, and the content of a page inside the
/// layout). `root` is the relative way back to the site's root (`""` or `"../"`), so that every
/// link works from `file://` and under any path.
enum SiteTemplates {
    /// The page around every page's content: head, skip link, navigation, footer.
    static var layout: String { get throws { try ResourceFiles.text("site/layout.html.mustache") } }
    static var home: String { get throws { try ResourceFiles.text("site/home.html.mustache") } }
    static var toolkit: String { get throws { try ResourceFiles.text("site/toolkit.html.mustache") } }
    static var method: String { get throws { try ResourceFiles.text("site/method.html.mustache") } }
    static var project: String { get throws { try ResourceFiles.text("site/project.html.mustache") } }
    static var projects: String { get throws { try ResourceFiles.text("site/projects.html.mustache") } }
    static var lesson: String { get throws { try ResourceFiles.text("site/lesson.html.mustache") } }
    static var lessons: String { get throws { try ResourceFiles.text("site/lessons.html.mustache") } }
    static var search: String { get throws { try ResourceFiles.text("site/search.html.mustache") } }
    /// The Atom feed.
    static var feed: String { get throws { try ResourceFiles.text("site/feed.xml.mustache") } }
    static var sitemap: String { get throws { try ResourceFiles.text("site/sitemap.xml.mustache") } }
}

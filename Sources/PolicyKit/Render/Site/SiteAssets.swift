/// The site's own style sheet and search script (`Resources/site/assets/`): small, loaded from the
/// site itself, nothing from other hosts. Pages are readable without either; only the search page
/// runs a script.
enum SiteAssets {
    /// Plain and accessible, in the spirit of the GOV.UK Design System: system fonts, large text,
    /// strong contrast, a visible yellow focus on everything that takes it, and a skip link.
    static var stylesheet: String { get throws { try ResourceFiles.text("site/assets/site.css") } }

    /// Reads `?q=` from the address, loads the shards of the index its words need (see
    /// `SiteSearchShards`), ranks pages with BM25 and shows the results, 20 at a time, with the
    /// query's words marked in their summaries, or in the body around the first match when the
    /// summary has none. It builds the results with DOM nodes and text, never with HTML strings, so
    /// no record text can become markup.
    static var searchScript: String { get throws { try ResourceFiles.text("site/assets/search.js") } }
}

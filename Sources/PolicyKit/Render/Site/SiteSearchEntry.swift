/// A page as the browser search sees it: where it is, what to show, and the text to index.
struct SiteSearchEntry: Codable, Sendable, Equatable {
    var path: String
    var kind: String
    var title: String
    var summary: String
    /// The page's other text, plain (no markup), indexed with a lower weight than title and summary.
    var text: String
}

import Foundation

/// What the page template sees.
struct PageView {
    var language: String
    var title: String
    /// Safe HTML from cmark-gfm.
    var content: String
}

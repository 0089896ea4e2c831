import PolicyKit

/// One term in one document: how often it appears in the title, the summary and the body.
struct SearchPosting {
    var document: Int
    var title: Int
    var summary: Int
    var body: Int
}

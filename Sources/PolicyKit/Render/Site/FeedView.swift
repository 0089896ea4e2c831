import Mustache

struct FeedView {
    var siteName: String
    var base: String?
    var id: String
    var updated: String
    var selfURL: String?
    var homeURL: String
    var entries: [SiteFeed.Entry]
}

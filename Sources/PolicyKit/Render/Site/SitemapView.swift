import Mustache

struct SitemapView {
    struct URL {
        var loc: String
        var lastmod: String?
    }

    var urls: [URL]
}

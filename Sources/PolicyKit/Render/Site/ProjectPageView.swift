import Mustache

struct ProjectPageView {
    var caption: String
    var title: String
    var dates: RecordDates?
    /// Safe HTML from cmark-gfm.
    var article: String
}

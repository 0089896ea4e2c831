/// The front matter blog platforms and static site generators read: title, date, author, tags, summary.
struct PublicationFrontMatter {
    var title: String
    var date: Day
    var author: String
    var tags: [String]
    var summary: String

    var text: String {
        var lines = ["---", "title: \(YAMLText.quoted(title))", "date: \(date)", "author: \(YAMLText.quoted(author))"]
        if !tags.isEmpty { lines.append("tags: \(YAMLText.quotedList(tags))") }
        lines += ["summary: \(YAMLText.quoted(summary))", "---"]
        return lines.joined(separator: "\n")
    }
}

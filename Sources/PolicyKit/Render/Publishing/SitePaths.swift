/// The layout of the site: where each page is, relative to the site's root, and which records get one.
enum SitePaths {
    static func method(_ id: RecordID) -> String { "methods/\(id).html" }
    static func project(_ id: RecordID) -> String { "projects/\(id).html" }
    static func lesson(_ id: RecordID) -> String { "lessons/\(id).html" }

    /// Published and retired methods (the latter marked as such); never drafts.
    static func publishes(_ method: Method) -> Bool { method.status != .draft }
    static func publishes(_ lesson: Lesson) -> Bool { lesson.status == .published }
}

import Mustache

/// A record as a line of a list on the site: a link (or plain text when the record has no page),
/// a short note such as a status or a date, and its summary.
struct SiteItem {
    var title: String
    var url: String?
    var summary: String = ""
    var note: String = ""
}

extension SiteItem {
    init(_ method: Method, root: String) {
        self.init(title: method.title, url: SitePaths.publishes(method) ? root + SitePaths.method(method.id) : nil, summary: method.summary)
    }

    init(_ project: Project, root: String) {
        let status = project.status.rawValue
        self.init(
            title: project.title, url: root + SitePaths.project(project.id), summary: project.summary,
            note: project.demonstrator ? "demonstrator, \(status)" : status)
    }

    init(_ lesson: Lesson, root: String) {
        self.init(
            title: lesson.title, url: SitePaths.publishes(lesson) ? root + SitePaths.lesson(lesson.id) : nil,
            summary: lesson.summary, note: lesson.date.map { "\($0)" } ?? "")
    }
}

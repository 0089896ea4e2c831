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

    /// A project with its status in `language` ("demonstrator, active", "démonstrateur, en cours").
    init(_ project: Project, root: String, language: String?) {
        let status = project.status.localizedName(in: language)
        self.init(
            title: project.title, url: root + SitePaths.project(project.id), summary: project.summary,
            note: project.demonstrator ? SiteWord.demonstrator.text(in: language) + status : status)
    }

    /// A lesson with its day, in words in French ("20 juin 2017"), as it is in English.
    init(_ lesson: Lesson, root: String, language: String?) {
        self.init(
            title: lesson.title, url: SitePaths.publishes(lesson) ? root + SitePaths.lesson(lesson.id) : nil,
            summary: lesson.summary, note: lesson.date.map { SiteItem.day($0, in: language) } ?? "")
    }

    /// A day as a French page writes it ("28 février 2017"), or as it is ("2017-02-28") in English.
    static func day(_ day: Day, in language: String?) -> String {
        language == "fr" ? FrenchPostWording.date(day) : "\(day)"
    }
}

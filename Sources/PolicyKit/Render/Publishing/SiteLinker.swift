/// Where publications link a method, a project or a lesson. With the site's address, a record the
/// site publishes links to its page there (drafts get no link: the site has no page for them);
/// without it, a method links to its file in the repository and other records are not linked.
/// The site's own pages use the relative address `..`.
struct SiteLinker {
    /// The site's address without a trailing slash.
    let siteURL: String?

    init(siteURL: String?) {
        self.siteURL = siteURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
    }

    func url(for method: Method) -> String? {
        guard let siteURL else { return "toolkit/methods/\(method.id).md" }
        return SitePaths.publishes(method) ? "\(siteURL)/\(SitePaths.method(method.id))" : nil
    }

    func url(for lesson: Lesson) -> String? {
        guard let siteURL, SitePaths.publishes(lesson) else { return nil }
        return "\(siteURL)/\(SitePaths.lesson(lesson.id))"
    }

    func url(for project: Project) -> String? {
        siteURL.map { "\($0)/\(SitePaths.project(project.id))" }
    }
}

/// The links between records that the site shows, computed once for all pages: for each method,
/// the projects that used it, the published lessons about it and the methods that supersede it.
struct SiteLinks {
    let knowledgeBase: KnowledgeBase
    let projectsByMethod: [RecordID: [Project]]
    let lessonsByMethod: [RecordID: [Lesson]]
    let successors: [RecordID: [Method]]

    init(_ kb: KnowledgeBase) {
        knowledgeBase = kb
        func canonical(_ id: RecordID) -> RecordID { kb.resolveMethod(id)?.id ?? id }
        var projects: [RecordID: [Project]] = [:]
        for project in kb.projects {
            for method in Set(project.methods.map { canonical($0.value) }) { projects[method, default: []].append(project) }
        }
        var lessons: [RecordID: [Lesson]] = [:]
        for lesson in kb.lessons where SitePaths.publishes(lesson) {
            for method in Set(lesson.methods.map { canonical($0.value) }) { lessons[method, default: []].append(lesson) }
        }
        var successors: [RecordID: [Method]] = [:]
        for method in kb.methods {
            for old in Set(method.supersedes.map { canonical($0.value) }) { successors[old, default: []].append(method) }
        }
        projectsByMethod = projects
        lessonsByMethod = lessons
        self.successors = successors
    }
}

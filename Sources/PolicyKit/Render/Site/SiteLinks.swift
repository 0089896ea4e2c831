/// The links between records that the site shows, computed once for all pages: for each method,
/// the projects that used it, the published lessons about it and the methods that supersede it.
///
/// Kept as positions in the knowledge base's lists, not as copies of the records: a copy of a
/// record retains every field of it, and thousands of projects list their methods.
struct SiteLinks {
    let knowledgeBase: KnowledgeBase
    private let projectsByMethod: [RecordID: [Int]]
    private let lessonsByMethod: [RecordID: [Int]]
    private let successorsByMethod: [RecordID: [Int]]

    init(_ kb: KnowledgeBase) {
        knowledgeBase = kb
        func canonical(_ id: RecordID) -> RecordID { kb.resolveMethod(id)?.id ?? id }
        var projects: [RecordID: [Int]] = [:]
        for (position, project) in kb.projects.enumerated() {
            for method in Set(project.methods.map { canonical($0.value) }) { projects[method, default: []].append(position) }
        }
        var lessons: [RecordID: [Int]] = [:]
        for (position, lesson) in kb.lessons.enumerated() where SitePaths.publishes(lesson) {
            for method in Set(lesson.methods.map { canonical($0.value) }) { lessons[method, default: []].append(position) }
        }
        var successors: [RecordID: [Int]] = [:]
        for (position, method) in kb.methods.enumerated() {
            for old in Set(method.supersedes.map { canonical($0.value) }) { successors[old, default: []].append(position) }
        }
        projectsByMethod = projects
        lessonsByMethod = lessons
        successorsByMethod = successors
    }

    /// The projects that used the method `id` (by its current id), in path order.
    func projects(using id: RecordID) -> [Project] { (projectsByMethod[id] ?? []).map { knowledgeBase.projects[$0] } }

    /// The published lessons about the method `id`, in path order.
    func lessons(about id: RecordID) -> [Lesson] { (lessonsByMethod[id] ?? []).map { knowledgeBase.lessons[$0] } }

    /// The methods that supersede the method `id`, in path order.
    func successors(of id: RecordID) -> [Method] { (successorsByMethod[id] ?? []).map { knowledgeBase.methods[$0] } }
}

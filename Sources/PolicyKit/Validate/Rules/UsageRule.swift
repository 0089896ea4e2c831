/// Warnings about records that stand alone: published methods no project or lesson uses, lessons
/// tied to no project or method.
struct UsageRule: Rule {
    static let unusedMethodMessage = "published method is used by no project or lesson yet"

    func check(_ kb: KnowledgeBase, into findings: inout [Finding]) {
        var used = Set<RecordID>()
        for project in kb.projects { project.methods.forEach { used.insert(kb.resolveMethod($0.value)?.id ?? $0.value) } }
        for lesson in kb.lessons { lesson.methods.forEach { used.insert(kb.resolveMethod($0.value)?.id ?? $0.value) } }
        for method in kb.methods where kb.checks(method.source) && method.status == .published && !used.contains(method.id) {
            findings.append(
                .warning(
                    Self.unusedMethodMessage, in: method.source.path,
                    at: method.source.position(of: "id")))
        }
        for lesson in kb.lessons where kb.checks(lesson.source) && lesson.projects.isEmpty && lesson.methods.isEmpty {
            findings.append(
                .warning(
                    "lesson names no project or method (add 'projects' or 'methods')", in: lesson.source.path,
                    at: lesson.source.position(of: "id")))
        }
    }
}

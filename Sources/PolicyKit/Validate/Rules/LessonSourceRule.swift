/// A lesson's sources, like a method's, each have a title and a link (both required when read), and
/// the link is an http(s) URL that a reader can follow.
struct LessonSourceRule: Rule {
    func check(_ kb: KnowledgeBase, into findings: inout [Finding]) {
        for lesson in kb.lessons where kb.checks(lesson.source) {
            for source in lesson.sources where !source.link.isEmpty && !EvidenceRule.isWebLink(source.link) {
                findings.append(
                    .error(
                        "source '\(source.title)': 'link' must be an http:// or https:// URL, not '\(source.link)'",
                        in: lesson.source.path, at: lesson.source.position(of: "sources")))
            }
        }
    }
}

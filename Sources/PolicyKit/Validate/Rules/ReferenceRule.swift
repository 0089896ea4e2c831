/// Every reference resolves: methods, projects, lessons' links, claims' evidence.
/// A reference to a method's former id (an alias) resolves, with a hint to update it.
struct ReferenceRule: Rule {
    func check(_ kb: KnowledgeBase, into findings: inout [Finding]) {
        for method in kb.methods where kb.checks(method.source) {
            let path = method.source.path
            for (key, references) in [("related", method.related), ("supersedes", method.supersedes)] {
                for reference in references {
                    if reference.value == method.id {
                        findings.append(.error("'\(key)' names the method itself", in: path, at: reference.position))
                    } else {
                        checkMethod(reference, key: key, in: kb, path: path, into: &findings)
                    }
                }
            }
            for alias in method.aliases {
                if let other = kb.method(alias.value) {
                    findings.append(.error("alias '\(alias.value)' is the id of another method (\(other.source.path))", in: path, at: alias.position))
                } else if let owner = kb.methodRenamed(from: alias.value), owner.id != method.id {
                    findings.append(.error("alias '\(alias.value)' is also an alias of method '\(owner.id)'", in: path, at: alias.position))
                }
            }
        }
        for project in kb.projects where kb.checks(project.source) {
            for reference in project.methods {
                checkMethod(reference, key: "methods", in: kb, path: project.source.path, into: &findings)
            }
        }
        for lesson in kb.lessons where kb.checks(lesson.source) {
            for reference in lesson.methods {
                checkMethod(reference, key: "methods", in: kb, path: lesson.source.path, into: &findings)
            }
            for reference in lesson.projects where kb.project(reference.value) == nil {
                findings.append(
                    .error(
                        "'projects' names unknown project '\(reference.value)'"
                            + Suggestion.hint(for: reference.value.rawValue, among: kb.projects.map(\.id.rawValue)),
                        in: lesson.source.path, at: reference.position))
            }
        }
        for claim in kb.claims where kb.checks(claim.source) {
            for reference in claim.evidence where kb.evidence(claim.project, reference.value) == nil {
                let elsewhere = kb.evidence.first { $0.id == reference.value }
                let hint =
                    elsewhere.map { " (evidence '\($0.id)' belongs to project '\($0.project)'; a claim may only cite its own project's evidence)" }
                    ?? Suggestion.hint(for: reference.value.rawValue, among: kb.evidence.filter { $0.project == claim.project }.map(\.id.rawValue))
                findings.append(
                    .error(
                        "'evidence' names unknown evidence '\(reference.value)' of project '\(claim.project)'" + hint,
                        in: claim.source.path, at: reference.position))
            }
        }
    }

    private func checkMethod(_ reference: Located<RecordID>, key: String, in kb: KnowledgeBase, path: String, into findings: inout [Finding]) {
        if kb.method(reference.value) != nil { return }
        if let renamed = kb.methodRenamed(from: reference.value) {
            findings.append(
                .warning(
                    "'\(key)' names '\(reference.value)', a former id of method '\(renamed.id)' (update the reference)",
                    in: path, at: reference.position))
            return
        }
        findings.append(
            .error(
                "'\(key)' names unknown method '\(reference.value)'"
                    + Suggestion.hint(for: reference.value.rawValue, among: kb.methods.map(\.id.rawValue)), in: path, at: reference.position))
    }
}

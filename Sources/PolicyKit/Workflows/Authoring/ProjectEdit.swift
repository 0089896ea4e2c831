/// Reads a project file at the tip for an edit, and refuses a project that does not exist.
enum ProjectEdit {
    static func editor(for project: RecordID, at snapshot: Snapshot, in kb: KnowledgeBase) throws -> (Project, FrontMatterEditor) {
        let record = try ReferenceCheck.project(project, in: kb)
        let path = NewProject.path(project)
        guard let bytes = try snapshot.read(path) else { throw WriteError.usage("\(input: .project): no project '\(project)'") }
        return (record, try FrontMatterEditor(bytes, path: path))
    }

    /// The index of a milestone named by its title (any case) or its number in the list (from 1).
    static func milestoneIndex(_ milestone: String, in project: Project) throws -> Int {
        let titles = project.milestones.map(\.title)
        let index =
            titles.firstIndex { $0.lowercased() == milestone.lowercased() }
            ?? Int(milestone).flatMap { titles.indices.contains($0 - 1) ? $0 - 1 : nil }
        guard let index else {
            let listed = titles.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "; ")
            throw WriteError.usage(
                "\(input: .milestone): project '\(project.id)' has no milestone '\(milestone)'"
                    + (titles.isEmpty ? " (it has none yet)" : " (it has: \(listed))"))
        }
        return index
    }
}

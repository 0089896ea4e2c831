/// Reads a project file at the tip for an edit, and refuses a project that does not exist.
enum ProjectEdit {
    static func editor(for project: RecordID, at snapshot: Snapshot, in kb: KnowledgeBase) throws -> (Project, FrontMatterEditor) {
        let record = try ReferenceCheck.project(project, in: kb)
        let path = NewProject.path(project)
        guard let bytes = try snapshot.read(path) else { throw WriteError.usage("PROJECT: no project '\(project)'") }
        return (record, try FrontMatterEditor(bytes, path: path))
    }
}

/// The ids a change touches, and from them the records whose findings it can alter.
///
/// A record's findings depend on its own text and on the ids it names, and a method's also on
/// the methods sharing its ids or former ids and on who names it (a published method used by
/// none is warned about). So a change affects: the records it writes; the records that name an
/// id it defines or defined (the project of evidence and claims counts as named, and so does the
/// evidence file of an evidence record); the methods that define an id it defines, defined or
/// names from a project or lesson; and, when it adds or removes ids of a kind, every record with a
/// reference of that kind that does not resolve (its message suggests the closest id).
struct ChangeFootprint {
    /// Method ids and former ids defined, before or after the change.
    private(set) var methods = Set<RecordID>()
    /// Method ids named by a changed project or lesson, before or after (for the use of methods).
    private(set) var usedMethods = Set<RecordID>()
    private(set) var projects = Set<RecordID>()
    /// Evidence ids defined, before or after (a claim's message names evidence of any project).
    private(set) var evidence = Set<RecordID>()
    /// Evidence files written or deleted.
    private(set) var files = Set<String>()

    /// Adds what the record of `entry` defines and names (its version before or after the change).
    mutating func add(_ entry: ReferenceEntry) {
        switch entry.kind {
        case .method:
            methods.insert(entry.id)
            methods.formUnion(entry.aliases)
        case .project:
            projects.insert(entry.id)
            usedMethods.formUnion(entry.methods)
        case .lesson:
            usedMethods.formUnion(entry.methods)
        case .evidence:
            evidence.insert(entry.id)
        case .claim:
            break
        }
    }

    mutating func addFile(_ path: String) { files.insert(path) }

    /// Whether the findings of the (unchanged) record of `entry` can differ after the change.
    /// - Parameter aliases: every method's former ids after the change.
    func affects(_ entry: ReferenceEntry, in index: ReferenceIndex, aliases: Set<RecordID>) -> Bool {
        switch entry.kind {
        case .method:
            if methods.contains(entry.id) || usedMethods.contains(entry.id) { return true }
            if entry.aliases.contains(where: { methods.contains($0) || usedMethods.contains($0) }) { return true }
            return namesMethod(entry, in: index, aliases: aliases)
        case .project:
            return namesMethod(entry, in: index, aliases: aliases)
        case .lesson:
            if namesMethod(entry, in: index, aliases: aliases) { return true }
            if entry.projects.contains(where: projects.contains) { return true }
            return !projects.isEmpty && entry.projects.contains { !index.definesProject($0) }
        case .evidence:
            guard let project = entry.project else { return false }
            return projects.contains(project) || entry.filePath.map(files.contains) == true
        case .claim:
            guard let project = entry.project else { return false }
            if projects.contains(project) || entry.evidence.contains(where: evidence.contains) { return true }
            return !evidence.isEmpty && entry.evidence.contains { !index.definesEvidence(project, $0) }
        }
    }

    private func namesMethod(_ entry: ReferenceEntry, in index: ReferenceIndex, aliases: Set<RecordID>) -> Bool {
        if entry.methods.contains(where: methods.contains) { return true }
        return !methods.isEmpty && entry.methods.contains { !index.definesMethod($0, aliases: aliases) }
    }
}

/// Finds a claim and its project for an edit, with usage errors naming the argument.
struct ClaimEdit {
    let claim: ImpactClaim
    let project: Project
    let path: String
    var editor: FrontMatterEditor

    init(_ selector: RecordSelector, at snapshot: Snapshot, in kb: KnowledgeBase) throws {
        let record: Record
        do {
            record = try selector.resolve(in: kb)
        } catch let error as QueryError {
            throw WriteError.usage("\(input: .claim): \(error.description)")
        }
        guard case .claim(let claim) = record else { throw WriteError.usage("\(input: .claim): '\(selector)' is not an impact claim") }
        guard let project = kb.project(claim.project) else { throw WriteError.usage("\(input: .claim): project '\(claim.project)' does not exist") }
        guard let bytes = try snapshot.read(claim.source.path) else {
            throw WriteError.usage("\(input: .claim): \(claim.source.path) is not committed")
        }
        self.claim = claim
        self.project = project
        path = claim.source.path
        editor = try FrontMatterEditor(bytes, path: path)
    }

    /// The project's stakeholder, or a usage error listing who is on the project.
    func stakeholder(_ id: RecordID) throws -> Stakeholder {
        guard let stakeholder = project.stakeholder(id) else {
            let known = project.stakeholders.map(\.id.rawValue)
            throw WriteError.usage(
                "\(input: .stakeholder): '\(id)' is not a stakeholder of project '\(project.id)'"
                    + Suggestion.hint(for: id.rawValue, among: known)
                    + (known.isEmpty
                        ? " (it has none: add one with 'policylab project stakeholder add')"
                        : " (its stakeholders: \(known.joined(separator: ", ")))"))
        }
        return stakeholder
    }
}

/// Adds a stakeholder to a project: someone who can be asked to verify the project's claims.
public struct StakeholderAddition: RecordChange {
    /// The id of the project that gets the stakeholder; it must exist.
    public var project: RecordID
    /// The stakeholder's id, unique within the project.
    public var id: RecordID
    /// The stakeholder's name (a person or an organisation).
    public var name: String
    /// What kind of stakeholder it is (department, local authority, civil society...).
    public var kind: StakeholderKind
    /// Their role in the project, as free text.
    public var role: String?
    /// Private: kept out of every publication.
    public var contact: String?
    /// Whether the stakeholder may be named in publications; a private one never is.
    public var isPublic = true
    /// Their SSH public key: their verdicts then count only when signed with it.
    public var signingKey: SSHPublicKey?

    /// A public stakeholder with no role, contact or signing key yet.
    public init(project: RecordID, id: RecordID, name: String, kind: StakeholderKind) {
        self.project = project
        self.id = id
        self.name = name
        self.kind = kind
    }

    /// The project record being edited.
    public var record: RecordSelector { RecordSelector(kind: .project, id: project.rawValue) }
    /// The project's file, `projects/<id>/project.md`.
    public var path: String { NewProject.path(project) }
    /// The commit subject, `project: add stakeholder <id> to <project>`.
    public var subject: String { "project: add stakeholder \(id) to \(project)" }
    /// The command named in the commit's `Policylab-Command` trailer.
    public var command: String { "project stakeholder add" }
    /// Only projects are looked up, to find the project.
    public var looksUp: Set<RecordKind> { [.project] }

    /// The project file with the stakeholder appended, refused when the id is taken (with a free one suggested).
    public func files(at snapshot: Snapshot, in kb: KnowledgeBase) throws -> [String: [UInt8]?] {
        let (existing, editorAtTip) = try ProjectEdit.editor(for: project, at: snapshot, in: kb)
        var editor = editorAtTip
        if existing.stakeholder(id) != nil {
            let free = Slug.firstFree(id) { existing.stakeholder($0) != nil }
            throw WriteError.usage(
                "\(input: .id): project '\(project)' already has a stakeholder '\(id)'; choose another with \(input: .id) (for example \(input: .id) \(free))"
            )
        }
        var item = ["- id: \(id)", "  name: \(YAMLText.quoted(name))", "  kind: \(kind.rawValue)"]
        if let role { item.append("  role: \(YAMLText.quoted(role))") }
        if let contact { item.append("  contact: \(YAMLText.quoted(contact))") }
        item.append("  public: \(isPublic)")
        if let signingKey { item.append("  signing_key: \(YAMLText.quoted(signingKey.text))") }
        try editor.append(to: "stakeholders", blockItem: item, flowItem: nil)
        return [path: editor.bytes]
    }
}

/// `policylab project stakeholder add`: a stakeholder of a project.
public struct StakeholderAddition: RecordChange {
    public var project: RecordID
    public var id: RecordID
    public var name: String
    public var kind: StakeholderKind
    public var role: String?
    /// Private: kept out of every publication.
    public var contact: String?
    public var isPublic = true
    /// Their SSH public key: their verdicts then count only when signed with it.
    public var signingKey: SSHPublicKey?

    public init(project: RecordID, id: RecordID, name: String, kind: StakeholderKind) {
        self.project = project
        self.id = id
        self.name = name
        self.kind = kind
    }

    public var record: String { "project:\(project)" }
    public var path: String { NewProject.path(project) }
    public var subject: String { "project: add stakeholder \(id) to \(project)" }
    public var command: String { "project stakeholder add" }
    public var looksUp: Set<RecordKind> { [.project] }

    public func files(at snapshot: Snapshot, in kb: KnowledgeBase) throws -> [String: [UInt8]?] {
        let (existing, editorAtTip) = try ProjectEdit.editor(for: project, at: snapshot, in: kb)
        var editor = editorAtTip
        if existing.stakeholder(id) != nil {
            let free = Slug.firstFree(id) { existing.stakeholder($0) != nil }
            throw WriteError.usage("\(input: .id): project '\(project)' already has a stakeholder '\(id)'; choose another with \(input: .id) (for example \(input: .id) \(free))")
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

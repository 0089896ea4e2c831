import Foundation

/// JSON Schemas (2020-12) of every record kind's front matter and of `policylab.yaml`, built from
/// the vocabularies and id rules `check` uses, so that editors and CI can validate records before
/// `check` runs. `check` stays the authority: it also checks references, dates, digests and files.
public enum RecordSchemas {
    /// The schemas' names: one per record kind, and `settings` for `policylab.yaml`.
    public static let names = RecordKind.allCases.map(\.rawValue) + ["settings"]

    /// The schema named `name` as JSON text; nil for an unknown name.
    public static func json(_ name: String) throws -> String? {
        guard let node = schema(name) else { return nil }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(node), as: UTF8.self) + "\n"
    }

    /// The file name of the schema `name` when it is written to a folder: `policylab-<name>.schema.json`.
    public static func fileName(_ name: String) -> String { "policylab-\(name).schema.json" }

    /// The files each schema applies to, as editors' glob patterns.
    public static func globs(_ name: String) -> [String] {
        switch RecordKind(rawValue: name) {
        case .method: ["toolkit/methods/*.md"]
        case .project: ["projects/*/project.md"]
        case .evidence: ["projects/*/evidence/*.md"]
        case .claim: ["projects/*/impact/*.md"]
        case .lesson: ["lessons/*.md"]
        case nil: [Settings.fileName]
        }
    }

    static func schema(_ name: String) -> SchemaNode? {
        let body: SchemaNode
        let title: String
        switch RecordKind(rawValue: name) {
        case .method: (title, body) = ("policylab method", method)
        case .project: (title, body) = ("policylab project", project)
        case .evidence: (title, body) = ("policylab evidence", evidence)
        case .claim: (title, body) = ("policylab impact claim", claim)
        case .lesson: (title, body) = ("policylab lesson", lesson)
        case nil:
            guard name == "settings" else { return nil }
            (title, body) = ("policylab.yaml", settings)
        }
        guard case .object(let members) = body else { return body }
        return .object([("$schema", .string("https://json-schema.org/draft/2020-12/schema")), ("title", .string(title))] + members)
    }

    typealias F = SchemaField

    static var method: SchemaNode {
        F.mapping(
            [
                ("id", F.slug("The method's id, equal to its file name")), ("title", F.text("The method's name")),
                (
                    "summary",
                    .object([
                        ("type", .string("string")), ("maxLength", .integer(TextRule.maximumSummaryLength)),
                        ("description", .string("One or two sentences")),
                    ])
                ),
                ("phases", F.list(F.words(Phase.self, "A phase of the Double Diamond"), "When in policy making it helps", nonEmpty: true)),
                ("status", F.words(MethodStatus.self, "Whether it is published")),
                ("time_needed", F.text("How long it takes")), ("participants", F.text("Who takes part")),
                ("cost", F.words(Cost.self, "Roughly what it costs")),
                (
                    "level",
                    .object([
                        ("description", .string("The IAP2 level of public participation (one word or a list)")),
                        (
                            "oneOf",
                            .array([
                                F.words(ParticipationLevel.self, "A level"),
                                F.list(F.words(ParticipationLevel.self, "A level"), "Levels", nonEmpty: true),
                            ])
                        ),
                    ])
                ),
                ("related", F.list(F.slug("A method id"), "Related methods")),
                ("supersedes", F.list(F.slug("A method id"), "Methods this one replaces")),
                ("aliases", F.list(F.slug("A former id"), "Former ids of this method")),
                ("sources", F.sources), ("updated", F.date("When the card was last revised")),
            ], required: ["id", "title", "summary", "phases", "status"])
    }

    static var project: SchemaNode {
        let stakeholder = F.mapping(
            [
                ("id", F.slug("The stakeholder's id within the project")), ("name", F.text("Their name")),
                ("kind", F.words(StakeholderKind.self, "What kind of stakeholder")), ("role", F.text("Their role")),
                ("contact", F.text("How to reach them: never published")), ("public", F.boolean("False keeps their name out of publications")),
                ("signing_key", F.text("Their SSH public key line: only their signed verdicts then count")),
            ], required: ["id", "name", "kind"])
        let milestone = F.mapping(
            [
                ("title", F.text("What will be done")), ("due", F.date("When it is due")), ("done", F.date("When it was done")),
                ("outcome", F.words(MilestoneOutcome.self, "What the sources report of it")), ("measure", F.text("How to tell it is done")),
            ], required: ["title"])
        let indicator = F.mapping(
            [
                ("title", F.text("The key indicator")), ("target", F.text("Its target")), ("actual", F.text("The latest actual value")),
                ("actual_on", F.date("When the actual value was collected")),
            ], required: ["title"])
        let assessment = F.mapping(
            [
                ("verifiable", F.boolean("Whether the IRM found it verifiable")),
                ("ogp_values", F.list(F.words(OGPValue.self, "An OGP value"), "The OGP values it is relevant to")),
                ("potential_impact", F.words(PotentialImpact.self, "The IRM's potential impact (action plans before 2020)")),
                ("potential_for_results", F.words(PotentialForResults.self, "The IRM's potential for results (action plans from 2020)")),
                ("completion", F.words(Completion.self, "The IRM's completion")),
                ("opened_government", F.words(OpenedGovernment.self, "The IRM's 'did it open government'")),
                ("period", F.text("The action plan (period) the ratings belong to")),
            ], required: [], description: "The Independent Reporting Mechanism's assessment")
        return F.mapping(
            [
                ("id", F.slug("The project's id, equal to its folder name")), ("title", F.text("The project's name")),
                ("summary", F.text("What it is, in a sentence or two")), ("commissioner", F.text("The commissioning department or body")),
                ("status", F.words(ProjectStatus.self, "Where it stands")), ("demonstrator", F.boolean("Counts towards the demonstrator target")),
                ("started", F.date("When it started")), ("ended", F.date("When it ended")), ("challenge", F.text("The policy question")),
                ("methods", F.list(F.slug("A method id"), "Methods it used")), ("partners", F.list(F.text("A partner"), "Partners")),
                ("reached", F.list(F.text("A group"), "Groups engaged")), ("ogp_commitment", F.text("An OGP commitment id such as UK0092")),
                ("stakeholders", F.list(stakeholder, "Stakeholders")), ("milestones", F.list(milestone, "Milestones")),
                ("indicators", F.list(indicator, "Key indicators")), ("assessment", assessment), ("tags", F.list(F.text("A tag"), "Tags")),
            ], required: ["id", "title", "summary", "commissioner", "status", "demonstrator"])
    }

    static var evidence: SchemaNode {
        F.mapping(
            [
                ("id", F.slug("The evidence's id, equal to its file name")), ("title", F.text("What it is")),
                ("kind", F.words(EvidenceKind.self, "What kind of evidence")),
                ("access", F.words(Access.self, "Restricted evidence is never published")),
                ("link", F.webLink("Where it is published")), ("file", F.text("A file under evidence/files/")),
                ("sha256", F.sha256("The file's SHA-256")), ("strength", F.integer(1...5, "Nesta standards of evidence")),
                ("date", F.date("When it was produced")), ("collected_by", F.text("Who collected it")), ("summary", F.text("What it shows")),
            ], required: ["id", "title", "kind", "access"])
    }

    static var claim: SchemaNode {
        let request = F.mapping(
            [("stakeholder", F.slug("A stakeholder of the project")), ("on", F.date("When they were asked"))],
            required: ["stakeholder"])
        let verification = F.mapping(
            [
                ("stakeholder", F.slug("A stakeholder of the project")), ("verdict", F.words(Verdict.self, "Their answer")),
                ("on", F.date("When they answered")), ("note", F.text("What they said")), ("recorded_by", F.text("Who recorded it")),
                ("statement_sha256", F.sha256("The SHA-256 of the statement they saw")), ("signature", F.text("Their SSHSIG signature, base64")),
            ], required: ["stakeholder", "verdict"])
        return F.mapping(
            [
                ("id", F.slug("The claim's id, equal to its file name")), ("statement", F.text("One measurable sentence")),
                ("kind", F.words(ClaimKind.self, "What kind of impact")), ("evidence", F.list(F.slug("Evidence of the same project"), "Evidence")),
                ("requested", F.list(request, "Verification asked of stakeholders")), ("verifications", F.list(verification, "Their answers")),
            ], required: ["id", "statement", "kind"])
    }

    static var lesson: SchemaNode {
        F.mapping(
            [
                ("id", F.slug("The lesson's id, equal to its file name")), ("title", F.text("The lesson, as an instruction")),
                ("summary", F.text("What was learned")), ("date", F.date("The date of the newest source it draws on")),
                ("status", F.words(LessonStatus.self, "Whether it is published")),
                ("projects", F.list(F.slug("A project id"), "Projects it draws on")),
                ("methods", F.list(F.slug("A method id"), "Methods it is about")),
                ("tags", F.list(F.text("A tag"), "Tags")), ("audience", F.text("Who it is for")), ("sources", F.sources),
            ], required: ["id", "title", "summary", "date", "status"])
    }

    static var settings: SchemaNode {
        let maintainer = F.mapping(
            [
                ("name", F.text("Their name")), ("email", F.text("Their e-mail")),
                ("signing_key", F.text("Their SSH public key line: only their signed approvals count")),
            ],
            required: ["name", "email"])
        return F.mapping(
            [
                ("name", F.text("The knowledge base's name")),
                (
                    "programme",
                    F.mapping(
                        [
                            ("commitment", F.text("The OGP commitment id")), ("start", F.date("When it starts")),
                            ("end", F.date("When it ends")),
                            ("targets", F.mapping([("demonstrators", F.integer(0...100_000, "How many demonstrators"))], required: [])),
                        ],
                        required: [])
                ),
                (
                    "review",
                    F.mapping(
                        [
                            ("required_approvals", F.integer(0...100, "Approvals a contribution needs")),
                            ("maintainers", F.list(maintainer, "Who may approve")),
                            ("paths", F.list(F.text("A folder"), "The folders a contribution may change")),
                        ], required: [])
                ),
                ("verification", F.mapping([("required_confirmations", F.integer(0...100, "Confirmations a claim needs"))], required: [])),
                (
                    "repository",
                    F.mapping(
                        [
                            ("url", F.webLink("The repository's web address")), ("branch", F.text("Its main branch")),
                            ("forge", F.words(Forge.self, "Which forge")),
                        ], required: ["url", "forge"])
                ),
                ("language", F.words(CommitmentLanguage.self, "The language of the records")),
                ("languages", F.list(languageCode, "The languages: the first is the records' own, the others are translations", nonEmpty: true)),
                (
                    "missing_translations",
                    .object([
                        ("type", .string("object")),
                        ("description", .string("How a missing translation into each language is reported")),
                        ("additionalProperties", .object([("enum", .array([.string("warning"), .string("error")]))])),
                    ])
                ),
            ], required: ["name"])
    }

    /// A language code of `languages` (two or three lowercase letters).
    private static var languageCode: SchemaNode {
        .object([
            ("type", .string("string")), ("pattern", .string("^[a-z]{2,3}$")), ("description", .string("A language code")),
            ("examples", .array([.string("fr")])),
        ])
    }
}

/// Reads a project's front matter, with its stakeholders, milestones and assessment.
enum ProjectReading {
    static func read(_ reader: FieldReader, id: RecordID, source: RecordSource) -> Project {
        Project(
            id: id,
            title: reader.required("title", fallback: id.rawValue),
            summary: reader.required("summary", fallback: ""),
            commissioner: reader.required("commissioner", fallback: ""),
            status: reader.required("status", fallback: ProjectStatus.proposed),
            demonstrator: reader.required("demonstrator", fallback: false),
            started: reader.optional("started"),
            ended: reader.optional("ended"),
            challenge: reader.optional("challenge"),
            methods: reader.list("methods"),
            partners: reader.list("partners", as: String.self).map(\.value),
            reached: reader.list("reached", as: String.self).map(\.value),
            ogpCommitment: reader.optional("ogp_commitment"),
            stakeholders: reader.mappings("stakeholders", stakeholder).compactMap { $0 },
            milestones: reader.mappings("milestones", milestone),
            indicators: reader.mappings("indicators", indicator),
            assessment: reader.mapping("assessment", assessment),
            tags: reader.list("tags", as: String.self).map(\.value),
            source: source)
    }

    private static func stakeholder(_ reader: FieldReader) -> Stakeholder? {
        let id: RecordID? = reader.required("id")
        let name = reader.required("name", fallback: "")
        let kind = reader.required("kind", fallback: StakeholderKind.cso)
        let role: String? = reader.optional("role")
        let contact: String? = reader.optional("contact")
        let isPublic: Bool = reader.optional("public") ?? true
        let signingKey = reader.signingKey("signing_key")
        guard let id else { return nil }
        return Stakeholder(
            id: id, name: name, kind: kind, role: role, contact: contact, isPublic: isPublic, signingKey: signingKey,
            position: reader.position)
    }

    private static func milestone(_ reader: FieldReader) -> Milestone {
        Milestone(
            title: reader.required("title", fallback: ""),
            due: reader.optional("due"),
            done: reader.optional("done"),
            outcome: reader.optional("outcome"),
            measure: reader.optional("measure"),
            position: reader.position)
    }

    private static func indicator(_ reader: FieldReader) -> Indicator {
        Indicator(
            title: reader.required("title", fallback: ""),
            target: reader.optional("target"),
            actual: reader.optional("actual"),
            actualOn: reader.optional("actual_on"),
            position: reader.position)
    }

    private static func assessment(_ reader: FieldReader) -> Assessment {
        Assessment(
            verifiable: reader.optional("verifiable"),
            ogpValues: reader.list("ogp_values", as: OGPValue.self).map(\.value),
            potentialImpact: reader.optional("potential_impact"),
            potentialForResults: reader.optional("potential_for_results"),
            completion: reader.optional("completion"),
            openedGovernment: reader.optional("opened_government"),
            period: reader.optional("period"))
    }
}

/// One record as text: its fields, its links both ways, then its Markdown body.
public struct RecordPage: Sendable {
    /// The record shown.
    public let record: Record
    /// The knowledge base the record belongs to, for its links and derived status.
    public let knowledgeBase: KnowledgeBase
    /// The day milestones are judged on (overdue or due).
    public let today: Day

    /// A page for `record` in `knowledgeBase`, judging milestones on `today`.
    public init(record: Record, knowledgeBase: KnowledgeBase, today: Day = .today()) {
        self.record = record
        self.knowledgeBase = knowledgeBase
        self.today = today
    }

    /// The page as text: reference and title, the record's fields and links, then its body.
    public func text() -> String {
        var lines = [record.reference, record.title, ""]
        func field(_ name: String, _ value: String?) {
            if let value, !value.isEmpty { lines.append("\(name): \(value)") }
        }
        func list(_ name: String, _ values: [String]) { field(name, values.joined(separator: ", ")) }
        let links = RecordLinks(of: record, in: knowledgeBase)
        switch record {
        case .method(let method):
            field("Summary", method.summary)
            list("Phases", method.phases.map(\.rawValue))
            field("Status", method.status.rawValue)
            field("Time needed", method.timeNeeded)
            field("Participants", method.participants)
            field("Cost", method.cost?.rawValue)
            list("Participation level", method.level.map(\.value.rawValue))
            list("Related methods", links.relatedMethods.map(\.rawValue))
            list("Used by projects", links.projects.map(\.rawValue))
            list("Lessons", links.lessons.map(\.rawValue))
            for source in method.sources { lines.append("Source: \(source.title) <\(source.link)>") }
        case .project(let project):
            field("Summary", project.summary)
            field("Commissioner", project.commissioner)
            field("Status", project.status.rawValue + (project.demonstrator ? " (demonstrator)" : ""))
            field("Period", [project.started?.description, project.ended?.description].compactMap { $0 }.joined(separator: " to "))
            field("Challenge", project.challenge)
            field("OGP commitment", project.ogpCommitment)
            list("Methods", links.methods.map(\.rawValue))
            list("Partners", project.partners)
            list("Reached", project.reached)
            for stakeholder in project.stakeholders {
                let role = stakeholder.role.map { ", \($0)" } ?? ""
                lines.append(
                    "Stakeholder: \(stakeholder.id) (\(stakeholder.name), \(stakeholder.kind.rawValue)\(role)\(stakeholder.isPublic ? "" : ", not public"))"
                )
            }
            for milestone in project.milestones {
                let state = MilestoneState(milestone, in: project, today: today).label(for: milestone, project: project)
                lines.append("Milestone: \(milestone.title) [\(state)]")
            }
            for indicator in project.indicators { lines.append("Indicator: " + IndicatorText.line(indicator)) }
            if let assessment = project.assessment {
                let parts = [
                    assessment.verifiable.map { "verifiable: \($0 ? "yes" : "no")" },
                    assessment.ogpValues.isEmpty ? nil : "values: " + assessment.ogpValues.map(\.rawValue).joined(separator: ", "),
                    assessment.potentialImpact.map { "potential impact: \($0.rawValue)" },
                    assessment.potentialForResults.map { "potential for results: \($0.rawValue)" },
                    assessment.completion.map { "completion: \($0.rawValue)" },
                    assessment.openedGovernment.map { "opened government: \($0.rawValue)" },
                    assessment.period.map { "period: \($0)" },
                ]
                field("Assessment", parts.compactMap { $0 }.joined(separator: "; "))
            }
            list("Evidence", links.evidence)
            list("Claims", links.claims)
            list("Lessons", links.lessons.map(\.rawValue))
        case .evidence(let item):
            field("Project", item.project.rawValue)
            field("Kind", item.kind.rawValue)
            field("Access", item.access.rawValue)
            field("Link", item.link)
            field("File", item.file)
            field("Strength", item.strength.map { "\($0) of 5" })
            field("Date", item.date?.description)
            field("Summary", item.summary)
            list("Cited by claims", links.claims)
        case .claim(let claim):
            field("Project", claim.project.rawValue)
            field("Kind", claim.kind.rawValue)
            field("Status", links.claimStatus.map { $0.rawValue + (claim.awaitsTranslation ? " (awaiting an up-to-date translation)" : "") })
            list("Evidence", links.evidence)
            for request in claim.requested { lines.append("Requested: \(request.stakeholder.value)" + (request.on.map { " on \($0)" } ?? "")) }
            let project = knowledgeBase.project(claim.project)
            let current = claim.currentVerifications()
            for verification in claim.verifications {
                let behalf = verification.isRecordedOnBehalf(in: project) ? " on their behalf" : ""
                let state =
                    current.contains(verification)
                    ? ""
                    : claim.latestVerifications().contains(verification) ? " [stale: the statement changed since]" : " [replaced by a later verdict]"
                let signed =
                    switch verification.signatureVerifies(of: claim, in: project, settings: knowledgeBase.settings) {
                    case true?:
                        ", signed by \(verification.stakeholder.value)'s key \(project?.stakeholder(verification.stakeholder.value)?.signingKey?.fingerprint ?? "")"
                    case false?:
                        verification.signature == nil
                            ? " [unsigned: they have a signing key, so it does not count]" : " [signature does not verify: it does not count]"
                    case nil: ""
                    }
                lines.append(
                    "Verification: \(verification.stakeholder.value) \(verification.verdict.rawValue)" + (verification.on.map { " on \($0)" } ?? "")
                        + (verification.recordedBy.map { ", recorded\(behalf) by \($0)" } ?? "") + signed + state)
                if let note = verification.note { lines.append("  Note: \(note)") }
            }
        case .lesson(let lesson):
            field("Summary", lesson.summary)
            field("Date", lesson.date?.description)
            field("Status", lesson.status.rawValue)
            list("Projects", links.projects.map(\.rawValue))
            list("Methods", links.methods.map(\.rawValue))
            list("Tags", lesson.tags)
            field("Audience", lesson.audience)
            for source in lesson.sources { lines.append("Source: \(source.title) <\(source.link)>") }
        }
        let body = record.source.body.trimmingWhitespace()
        if !body.isEmpty { lines += ["", body] }
        lines.append("")
        lines.append("(\(record.source.path))")
        return lines.joined(separator: "\n") + "\n"
    }
}

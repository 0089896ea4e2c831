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

    /// The page as text: reference and title, the record's fields and links, then its body. In
    /// a knowledge base read in French (`localized(into: "fr")`), its labels, vocabulary words and
    /// notes are French.
    public func text() -> String {
        var lines = [record.reference, record.title, ""]
        let language = knowledgeBase.language
        let fr = language == "fr"
        func say(_ english: String, _ french: String) -> String { fr ? french : english }
        func word(_ value: some DisplayedWord) -> String { value.localizedName(in: language) }
        func field(_ label: RecordPageLabel, _ value: String?) {
            if let value, !value.isEmpty { lines.append(label.prefix(in: language) + value) }
        }
        func list(_ label: RecordPageLabel, _ values: [String]) { field(label, values.joined(separator: ", ")) }
        func line(_ label: RecordPageLabel, _ value: String) { lines.append(label.prefix(in: language) + value) }
        func on(_ day: Day?) -> String { day.map { say(" on ", " le ") + "\($0)" } ?? "" }
        let links = RecordLinks(of: record, in: knowledgeBase)
        switch record {
        case .method(let method):
            field(.summary, method.summary)
            list(.phases, method.phases.map(word))
            field(.status, word(method.status))
            field(.timeNeeded, method.timeNeeded)
            field(.participants, method.participants)
            field(.cost, method.cost.map(word))
            list(.participationLevel, method.level.map { word($0.value) })
            list(.relatedMethods, links.relatedMethods.map(\.rawValue))
            list(.usedByProjects, links.projects.map(\.rawValue))
            list(.lessons, links.lessons.map(\.rawValue))
            for source in method.sources { line(.source, "\(source.title) <\(source.link)>") }
        case .project(let project):
            field(.summary, project.summary)
            field(.commissioner, project.commissioner)
            field(.status, word(project.status) + (project.demonstrator ? say(" (demonstrator)", " (démonstrateur)") : ""))
            field(.period, [project.started?.description, project.ended?.description].compactMap { $0 }.joined(separator: say(" to ", " au ")))
            field(.challenge, project.challenge)
            field(.ogpCommitment, project.ogpCommitment)
            list(.methods, links.methods.map(\.rawValue))
            list(.partners, project.partners)
            list(.reached, project.reached)
            for stakeholder in project.stakeholders {
                let role = stakeholder.role.map { ", \($0)" } ?? ""
                let hidden = stakeholder.isPublic ? "" : say(", not public", ", non public")
                line(.stakeholder, "\(stakeholder.id) (\(stakeholder.name), \(word(stakeholder.kind))\(role)\(hidden))")
            }
            for milestone in project.milestones {
                let state = MilestoneState(milestone, in: project, today: today)
                let label = fr ? state.frenchLabel(for: milestone, project: project) : state.label(for: milestone, project: project)
                line(.milestone, "\(milestone.title) [\(label)]")
            }
            for indicator in project.indicators { line(.indicator, fr ? IndicatorText.frenchLine(indicator) : IndicatorText.line(indicator)) }
            if let assessment = project.assessment {
                let parts = [
                    assessment.verifiable.map { say("verifiable: ", "vérifiable : ") + ($0 ? say("yes", "oui") : say("no", "non")) },
                    assessment.ogpValues.isEmpty ? nil : say("values: ", "valeurs : ") + assessment.ogpValues.map(word).joined(separator: ", "),
                    assessment.potentialImpact.map { say("potential impact: ", "impact potentiel : ") + word($0) },
                    assessment.potentialForResults.map { say("potential for results: ", "potentiel de résultats : ") + word($0) },
                    assessment.completion.map { say("completion: ", "achèvement : ") + word($0) },
                    assessment.openedGovernment.map { say("opened government: ", "ouverture du gouvernement : ") + word($0) },
                    assessment.period.map { say("period: ", "période : ") + $0 },
                ]
                field(.assessment, parts.compactMap { $0 }.joined(separator: say("; ", " ; ")))
            }
            list(.evidence, links.evidence)
            list(.claims, links.claims)
            list(.lessons, links.lessons.map(\.rawValue))
        case .evidence(let item):
            field(.project, item.project.rawValue)
            field(.kind, word(item.kind))
            field(.access, word(item.access))
            field(.link, item.link)
            field(.file, item.file)
            field(.strength, item.strength.map { "\($0) " + say("of 5", "sur 5") })
            field(.date, item.date?.description)
            field(.summary, item.summary)
            list(.citedByClaims, links.claims)
        case .claim(let claim):
            field(.project, claim.project.rawValue)
            field(.kind, word(claim.kind))
            let awaiting = claim.awaitsTranslation ? say(" (awaiting an up-to-date translation)", " (en attente d'une traduction à jour)") : ""
            field(.status, links.claimStatus.map { word($0) + awaiting })
            list(.evidence, links.evidence)
            for request in claim.requested { line(.requested, request.stakeholder.value.rawValue + on(request.on)) }
            let project = knowledgeBase.project(claim.project)
            let current = claim.currentVerifications()
            for verification in claim.verifications {
                let behalf = verification.isRecordedOnBehalf(in: project) ? say(" on their behalf", " en son nom") : ""
                let state =
                    current.contains(verification)
                    ? ""
                    : claim.latestVerifications().contains(verification)
                        ? say(" [stale: the statement changed since]", " [périmée : l'affirmation a changé depuis]")
                        : say(" [replaced by a later verdict]", " [remplacée par un avis ultérieur]")
                let stakeholder = verification.stakeholder.value
                let signed =
                    switch verification.signatureVerifies(of: claim, in: project, settings: knowledgeBase.settings) {
                    case true?:
                        say(", signed by \(stakeholder)'s key ", ", signée avec la clé de \(stakeholder) ")
                            + (project?.stakeholder(stakeholder)?.signingKey?.fingerprint ?? "")
                    case false?:
                        verification.signature == nil
                            ? say(
                                " [unsigned: they have a signing key, so it does not count]",
                                " [non signée : cette partie prenante a une clé de signature, elle ne compte donc pas]")
                            : say(" [signature does not verify: it does not count]", " [la signature ne se vérifie pas : elle ne compte pas]")
                    case nil: ""
                    }
                line(
                    .verification,
                    "\(stakeholder) \(word(verification.verdict))" + on(verification.on)
                        + (verification.recordedBy.map { say(", recorded\(behalf) by ", ", enregistrée\(behalf) par ") + $0 } ?? "") + signed
                        + state)
                if let note = verification.note { lines.append("  " + RecordPageLabel.note.prefix(in: language) + note) }
            }
        case .lesson(let lesson):
            field(.summary, lesson.summary)
            field(.date, lesson.date?.description)
            field(.status, word(lesson.status))
            list(.projects, links.projects.map(\.rawValue))
            list(.methods, links.methods.map(\.rawValue))
            list(.tags, lesson.tags)
            field(.audience, lesson.audience)
            for source in lesson.sources { line(.source, "\(source.title) <\(source.link)>") }
        }
        let body = record.source.body.trimmingWhitespace()
        if !body.isEmpty { lines += ["", body] }
        lines.append("")
        lines.append("(\(record.source.path))")
        return lines.joined(separator: "\n") + "\n"
    }
}

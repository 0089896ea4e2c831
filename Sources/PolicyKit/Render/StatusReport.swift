/// The programme's status as text: the programme against its commitment, at a glance.
public struct StatusReport: Sendable {
    /// The programme status reported.
    public let status: ProgrammeStatus

    /// A report of `status`.
    public init(_ status: ProgrammeStatus) {
        self.status = status
    }

    /// The report as text: period, demonstrators, milestones, indicators, claims, lessons, review and assessments.
    public func text() -> String {
        var lines = [status.name + (status.commitment.map { " (commitment \($0))" } ?? ""), ""]
        if let period = status.period, period.start != nil || period.end != nil {
            var line = "Programme: \(period.start?.description ?? "?") to \(period.end?.description ?? "?")"
            if let left = period.daysLeft {
                line += left >= 0 ? ", \(plural(left, "day")) left" : ", ended \(plural(-left, "day")) ago"
            }
            if let percent = period.percentElapsed { line += " (\(percent)% of the time elapsed)" }
            lines.append(line)
        }
        let demonstrators = status.demonstrators
        var line = "Demonstrators: \(demonstrators.delivered) of \(demonstrators.target.map(String.init) ?? "\(demonstrators.total)") delivered"
        let byStatus = ProjectStatus.allCases.compactMap { state in demonstrators.byStatus[state.rawValue].map { "\($0) \(state.rawValue)" } }
        line += "; \(plural(demonstrators.total, "demonstrator project"))" + (byStatus.isEmpty ? "" : ": " + byStatus.joined(separator: ", "))
        lines.append(line)
        let milestones = status.milestones
        let others = [
            (milestones.notReported.count, "not reported in the sources"), (milestones.missed.count, "missed"),
            (milestones.dropped.count, "dropped"), (milestones.unrecorded.count, "with no outcome recorded after their project ended"),
            (milestones.undated, "without a due date"),
        ]
        lines.append(
            "Milestones: \(milestones.done) of \(milestones.total) done, \(milestones.due.count) due, \(milestones.overdue.count) overdue"
                + others.filter { $0.0 > 0 }.map { ", \($0.0) \($0.1)" }.joined())
        for item in milestones.overdue { lines.append("  overdue since \(item.due?.description ?? "?"): \(item.project): \(item.title)") }
        for item in milestones.due.prefix(5) { lines.append("  due \(item.due?.description ?? "?"): \(item.project): \(item.title)") }
        for item in milestones.unrecorded { lines.append("  no outcome recorded: \(item.project): \(item.title)") }
        for item in milestones.notReported where item.due != nil {
            lines.append("  not reported in the sources (due \(item.due?.description ?? "?")): \(item.project): \(item.title)")
        }
        if !status.indicators.isEmpty {
            lines.append("Indicators: \(status.indicators.count)")
            for item in status.indicators { lines.append("  \(item.project): " + IndicatorText.line(item.indicator)) }
        }
        lines.append("Impact claims: " + ClaimStatus.allCases.map { "\(status.claims[$0.rawValue] ?? 0) \($0.rawValue)" }.joined(separator: ", "))
        lines.append("Lessons: \(status.lessons["published"] ?? 0) published, \(status.lessons["draft"] ?? 0) draft")
        lines.append(
            status.approvalsAuthenticated
                ? "Review: approvals count only when signed by a maintainer's key in \(Settings.fileName)"
                : "Review: approvals are not authenticated (\(Settings.fileName) names no signing keys: an approval is a name anyone can type)")
        if !status.assessments.isEmpty {
            lines.append("Independent assessments:")
            lines += status.assessments.map { Self.assessmentLine($0, in: nil) }
        }
        if !status.vagueCommitments.isEmpty {
            lines.append("Vague commitments (\(status.vagueCommitments.count)):")
            lines += status.vagueCommitments.map { "  " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One project's assessment as a line of the report, in English or (for `fr`) in French: every
    /// part the assessment has, in both languages alike.
    static func assessmentLine(_ item: ProgrammeStatus.ProjectAssessment, in language: String?) -> String {
        let fr = language == "fr"
        func say(_ english: String, _ french: String) -> String { fr ? french : english }
        let assessment = item.assessment
        let parts = [
            assessment.verifiable.map { $0 ? say("verifiable", "vérifiable") : say("not verifiable", "non vérifiable") },
            assessment.ogpValues.isEmpty ? nil : assessment.ogpValues.map { $0.localizedName(in: language) }.joined(separator: ", "),
            assessment.potentialImpact.map { say("potential impact ", "impact potentiel ") + $0.localizedName(in: language) },
            assessment.potentialForResults.map { say("potential for results ", "potentiel de résultats ") + $0.localizedName(in: language) },
            assessment.completion.map { say("completion ", "achèvement ") + $0.localizedName(in: language) },
            assessment.openedGovernment.map { say("opened government ", "ouverture du gouvernement : ") + $0.localizedName(in: language) },
            assessment.period.map { say("period ", "période ") + $0 },
        ].compactMap { $0 }
        return "  \(item.project)" + say(": ", " : ") + parts.joined(separator: say("; ", " ; "))
    }

    private func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
}

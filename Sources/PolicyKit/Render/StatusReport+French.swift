extension StatusReport {
    /// The report in French, for a knowledge base read in French (`localized(into: "fr")`): the
    /// same lines as `text()`, with the vocabularies' French names, counts agreeing in French
    /// (0 and 1 in the singular) and dates as the English report writes them (ISO, for scripts
    /// that pick them out).
    public func frenchText() -> String {
        func agreeing(_ count: Int, _ singular: String, _ plural: String) -> String {
            "\(count) " + FrenchPostWording.agreeing(count, singular, plural)
        }
        var lines = [status.name + (status.commitment.map { " (engagement \($0))" } ?? ""), ""]
        if let period = status.period, period.start != nil || period.end != nil {
            var line = "Programme : du \(period.start?.description ?? "?") au \(period.end?.description ?? "?")"
            if let left = period.daysLeft {
                line += left >= 0 ? ", \(agreeing(left, "jour restant", "jours restants"))" : ", terminé depuis \(agreeing(-left, "jour", "jours"))"
            }
            if let percent = period.percentElapsed { line += " (\(percent) % du temps écoulé)" }
            lines.append(line)
        }
        let demonstrators = status.demonstrators
        let goal = demonstrators.target.map(String.init) ?? "\(demonstrators.total)"
        var line = "Démonstrateurs : \(demonstrators.delivered) " + FrenchPostWording.agreeing(demonstrators.delivered, "livré", "livrés") + " sur \(goal)"
        let byStatus = ProjectStatus.allCases.compactMap { state in
            demonstrators.byStatus[state.rawValue].map { "\($0) " + SiteCharts.agreeing(state.frenchName, with: $0) }
        }
        line += " ; " + agreeing(demonstrators.total, "projet démonstrateur", "projets démonstrateurs")
            + (byStatus.isEmpty ? "" : " : " + byStatus.joined(separator: ", "))
        lines.append(line)
        let milestones = status.milestones
        let others = [
            (milestones.notReported.count, "non communiqué dans les sources", "non communiqués dans les sources"),
            (milestones.missed.count, "manqué", "manqués"), (milestones.dropped.count, "abandonné", "abandonnés"),
            (milestones.unrecorded.count, "sans résultat enregistré après la fin de son projet", "sans résultat enregistré après la fin de leur projet"),
            (milestones.undated, "sans échéance", "sans échéance"),
        ]
        lines.append(
            "Jalons : \(milestones.done) sur \(milestones.total) " + FrenchPostWording.agreeing(milestones.done, "réalisé", "réalisés")
                + ", \(milestones.due.count) à venir, \(milestones.overdue.count) en retard"
                + others.filter { $0.0 > 0 }.map { ", " + agreeing($0.0, $0.1, $0.2) }.joined())
        for item in milestones.overdue { lines.append("  en retard depuis le \(item.due?.description ?? "?") : \(item.project) : \(item.title)") }
        for item in milestones.due.prefix(5) { lines.append("  prévu le \(item.due?.description ?? "?") : \(item.project) : \(item.title)") }
        for item in milestones.unrecorded { lines.append("  aucun résultat enregistré : \(item.project) : \(item.title)") }
        for item in milestones.notReported where item.due != nil {
            lines.append("  non communiqué dans les sources (prévu le \(item.due?.description ?? "?")) : \(item.project) : \(item.title)")
        }
        if !status.indicators.isEmpty {
            lines.append("Indicateurs : \(status.indicators.count)")
            for item in status.indicators { lines.append("  \(item.project) : " + IndicatorText.frenchLine(item.indicator)) }
        }
        lines.append(
            "Affirmations d'impact : "
                + ClaimStatus.allCases.map { state in
                    let count = status.claims[state.rawValue] ?? 0
                    return "\(count) " + SiteCharts.agreeing(state.frenchName, with: count)
                }.joined(separator: ", "))
        let published = status.lessons["published"] ?? 0, drafts = status.lessons["draft"] ?? 0
        lines.append("Enseignements : \(published) " + FrenchPostWording.agreeing(published, "publié", "publiés") + ", " + agreeing(drafts, "brouillon", "brouillons"))
        lines.append(
            status.approvalsAuthenticated
                ? "Relecture : une approbation ne compte que signée par la clé d'un mainteneur déclarée dans \(Settings.fileName)"
                : "Relecture : les approbations ne sont pas authentifiées (\(Settings.fileName) ne déclare aucune clé de signature : une approbation est un nom que chacun peut taper)")
        if !status.assessments.isEmpty {
            lines.append("Évaluations indépendantes :")
            lines += status.assessments.map { Self.assessmentLine($0, in: "fr") }
        }
        if !status.vagueCommitments.isEmpty {
            lines.append("Engagements vagues (\(status.vagueCommitments.count)) :")
            lines += status.vagueCommitments.map { "  " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

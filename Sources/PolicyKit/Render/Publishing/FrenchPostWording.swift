/// The words of a post in French: dates as in "28 février 2017" and
/// "1er mars 2019", and what the project did, does or plans by its status.
enum FrenchPostWording {
    private static let months = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre",
    ]

    /// The record body headings of French translations, by the English heading they translate.
    static let headings = [
        "background": "contexte", "what we did": "ce que nous avons fait", "who took part": "qui a participé",
        "next steps": "prochaines étapes",
    ]

    /// The words that agree with `count`: `singular` for 0 and 1 (French counts them in the
    /// singular: "0 jalon réalisé", "1 jalon réalisé"), `plural` from 2.
    static func agreeing(_ count: Int, _ singular: String, _ plural: String) -> String {
        count < 2 ? singular : plural
    }

    /// `text` as it reads after a colon in French, which takes no capital: "du 15 avril 2017" for
    /// "Du 15 avril 2017"; a word in capitals ("OGP", "UK0092") keeps them.
    static func afterColon(_ text: String) -> String {
        guard let first = text.first, first.isUppercase, let second = text.dropFirst().first, second.isLowercase else { return text }
        return first.lowercased() + text.dropFirst()
    }

    /// "28 février 2017", "1er mars 2019".
    static func date(_ day: Day) -> String {
        "\(day.day == 1 ? "1er" : String(day.day)) \(months[day.month - 1]) \(day.year)"
    }

    /// "du 1er juin au 31 décembre 2023", "du 1er juin 2022 au 31 janvier 2023".
    static func range(_ start: Day, _ end: Day) -> String {
        if start == end { return "le \(date(start))" }
        if start.year == end.year {
            return "du \(start.day == 1 ? "1er" : String(start.day)) \(months[start.month - 1]) au \(date(end))"
        }
        return "du \(date(start)) au \(date(end))"
    }

    /// The sentence after the lead: when the project ran, by its status, and who commissioned it:
    /// "Le projet a eu lieu le 28 février 2017 (commanditaire : Etalab)."
    static func introduction(_ project: Project) -> String {
        let when: String
        switch (project.started, project.ended) {
        case let (started?, ended?) where started == ended: when = "a eu lieu le \(date(started))"
        case let (started?, ended?): when = "s'est déroulé \(range(started, ended))"
        case let (started?, nil):
            switch project.status {
            case .proposed, .commissioned: when = "doit commencer le \(date(started))"
            case .active: when = "a commencé le \(date(started)) et est en cours"
            case .delivered, .closed: when = "a commencé le \(date(started))"
            case .cancelled: when = "a commencé le \(date(started)) et a été annulé"
            }
        case let (nil, ended?): when = project.status == .cancelled ? "a été annulé le \(date(ended))" : "s'est terminé le \(date(ended))"
        case (nil, nil):
            switch project.status {
            case .proposed: when = "est proposé"
            case .commissioned: when = "n'a pas encore commencé"
            case .active: when = "est en cours"
            case .delivered: when = "a été livré"
            case .closed: when = "est terminé"
            case .cancelled: when = "a été annulé"
            }
        }
        // The commissioner as a label, not after "par": whether a name takes "le", "la", "l'" or
        // no article ("Etalab", "le Cabinet Office", "la Direction...") cannot be told from the name.
        let label = project.status == .proposed ? "commanditaire pressenti" : "commanditaire"
        return "Le projet \(when) (\(label) : \(project.commissioner))."
    }

    /// A milestone's state in the words of a French post.
    static func state(of milestone: Milestone, _ state: MilestoneState, on day: Day) -> String {
        let wasDue =
            milestone.due.map { due in
                due < day ? " (il était prévu pour le \(date(due)))" : " pour l'instant (il est prévu d'ici le \(date(due)))"
            } ?? ""
        switch state {
        case .done: return milestone.done.map { "réalisé le \(date($0))" } ?? "réalisé"
        case .missed: return "manqué" + wasDue
        case .dropped: return "abandonné" + wasDue
        case .notReported, .unrecorded: return "résultat non communiqué" + wasDue
        case .overdue: return "en retard" + wasDue
        case .due: return milestone.due.map { "prévu d'ici le \(date($0))" } ?? "prévu"
        case .open: return "prévu, sans date fixée"
        }
    }

    /// "un rapport", "une évaluation", "des notes d'entretien".
    static func withArticle(_ kind: EvidenceKind) -> String {
        switch kind {
        case .report: "un rapport"
        case .dataset: "un jeu de données"
        case .evaluation: "une évaluation"
        case .survey: "une enquête"
        case .interviewNotes: "des notes d'entretien"
        case .workshopOutput: "un livrable d'atelier"
        case .blog: "un billet de blog"
        case .video: "une vidéo"
        case .other: "un document"
        }
    }
}

/// Turns the signals of a verdict into a sentence and a rewrite hint, in English or French.
struct MeasurabilityExplanation {
    let language: CommitmentLanguage
    let signals: [MeasurabilitySignal]
    let isVague: Bool
    let deliverableCounts: Bool

    /// "no number, date or deliverable; 'advance' and 'literacy' describe an aim" for a vague text,
    /// "deliverable 'launch … portal', date 'June 2018'" for a checkable one.
    var sentence: String {
        guard isVague else {
            let found = signals.filter { $0.kind.isCheckable && ($0.kind != .deliverable || deliverableCounts) }
                .prefix(3).map { "\(name($0.kind)) \(quote($0.words))" }
            return found.joined(separator: ", ")
        }
        var parts = [language == .fr ? "ni nombre, ni date, ni livrable" : "no number, date or deliverable"]
        let deliverable = signals.first { $0.kind == .deliverable }
        if let activity = signals.first(where: { $0.kind == .activity }), let deliverable {
            parts.append(
                language == .fr
                    ? "\(quote(activity.words)) prolonge ou explore une activité : \(quote(deliverable.words)) n'a pas de fin à vérifier"
                    : "\(quote(activity.words)) keeps an activity going or looks into it, so \(quote(deliverable.words)) has no end to check")
        } else if let hedge = signals.first(where: { $0.kind == .hedge }), let deliverable {
            parts.append(
                language == .fr
                    ? "\(quote(hedge.words)) rend \(quote(deliverable.words)) facultatif"
                    : "\(quote(hedge.words)) makes \(quote(deliverable.words)) optional")
        }
        let aims = signals.filter { $0.kind == .aim || ($0.kind == .activity && deliverable == nil) }.prefix(2).map { quote($0.words) }
        if !aims.isEmpty {
            let joined = aims.joined(separator: language == .fr ? " et " : " and ")
            parts.append(
                language == .fr
                    ? "\(joined) \(aims.count == 1 ? "décrit" : "décrivent") une intention"
                    : "\(joined) \(aims.count == 1 ? "describes" : "describe") an aim")
        }
        return parts.joined(separator: "; ")
    }

    var hint: String {
        language == .fr
            ? "Dites ce qui existera, en quelle quantité et pour quand (p. ex. « Publier 5 guides en langage clair sur ... d'ici mars 2025 »)."
            : "Say what will exist, how much, and by when (e.g. 'Publish 5 plain-language guides on ... by March 2025')."
    }

    private func quote(_ words: String) -> String { language == .fr ? "« \(words) »" : "'\(words)'" }

    private func name(_ kind: MeasurabilitySignal.Kind) -> String {
        switch (kind, language) {
        case (.quantity, .en): "quantity"
        case (.quantity, .fr): "quantité"
        case (.date, .en): "date"
        case (.date, .fr): "date"
        case (.frequency, .en): "frequency"
        case (.frequency, .fr): "fréquence"
        case (.deliverable, .en): "deliverable"
        case (.deliverable, .fr): "livrable"
        case (.activity, .en): "activity"
        case (.activity, .fr): "activité"
        case (.aim, .en): "aim"
        case (.aim, .fr): "intention"
        case (.hedge, .en): "hedge"
        case (.hedge, .fr): "réserve"
        }
    }
}

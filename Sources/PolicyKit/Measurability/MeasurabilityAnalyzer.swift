/// Asks what an independent reviewer asks of a commitment: is there something to check? A text is
/// checkable when it holds a number or quantity, a date or frequency, or a deliverable (a concrete
/// thing governed by a verb of making or releasing: publish a guide, launch a portal, table a
/// law). A deliverable does not count under a verb that only keeps an activity going or looks
/// into something ("continue to publish data", "explore the creation of a centre"), nor when a
/// hedge makes it optional ("where possible"). Otherwise the text is vague, and the verdict names
/// what is missing and the words that describe an aim instead of a result.
public struct MeasurabilityAnalyzer: Sendable {
    /// How far (in words) a verb of making may stand before the thing it makes.
    static let governingWindow = 6
    /// Auxiliaries of the passive, after which a participle may follow its noun ("consultations will
    /// be completed", "les lignes directrices seront publiées").
    static let passiveAuxiliaries: Set<String> = [
        "be", "been", "is", "are", "was", "were", "sera", "seront", "est", "sont",
        "etre", "soit", "soient", "seraient",
    ]
    static let determiners: Set<String> = ["a", "an", "the", "le", "la", "les", "l", "un", "une", "des", "de", "du"]
    /// "this plan", "ce mécanisme": the thing already exists, so making it is not a new deliverable.
    static let demonstratives: Set<String> = ["this", "these", "that", "those", "ce", "cet", "cette", "ces"]
    /// Endings of nouns made from verbs ("development", "mise en œuvre", "élaboration"): with a
    /// bare plural ("élaboration de politiques", "development of programmes") they name a field
    /// of activity, not a thing to deliver.
    static let nominalEndings = ["ment", "tion", "sion"]
    static let genericPrepositions: Set<String> = ["de", "des", "d", "of"]
    /// Words that introduce a purpose or a beneficiary: a verb does not govern a noun beyond them
    /// ("sharing for sustainable policies", "travailler pour des politiques").
    static let purposeWords: Set<String> = ["for", "pour", "afin"]
    /// Small words left out when measuring how far a verb stands from its noun ("signing up to the charter").
    static let fillers: Set<String> = ["a", "an", "the", "up", "to", "of", "le", "la", "les", "l", "un", "une", "des", "de", "du", "d"]
    /// Endings of past participles, the only verb forms that may follow the noun they make
    /// ("pilotes livrés", "workshops delivered").
    static let participleEndings: [CommitmentLanguage: [String]] = [
        .en: ["ed", "held", "built", "made", "run", "set", "done", "written", "given", "sent", "drawn"],
        .fr: ["e", "es", "ee", "ees", "i", "is", "ie", "ies", "u", "us", "ue", "ues", "t", "ts", "te", "tes"],
    ]

    /// An analyser with the built-in word lists.
    public init() {}

    /// The verdict on one commitment text in `language`.
    public func analyze(_ text: String, language: CommitmentLanguage) -> MeasurabilityVerdict {
        let lexicon = MeasurabilityLexicon.forLanguage(language)
        let words = CommitmentWords(text)
        var signals = quantities(in: words, lexicon) + dates(in: words, lexicon)
        if text.contains("%") { signals.append(MeasurabilitySignal(kind: .quantity, words: "%")) }
        signals += frequencies(in: words, lexicon)
        let hedges = lexicon.hedges.filter { words.contains($0) }
            .map { MeasurabilitySignal(kind: .hedge, words: words.written($0)) }
        let found = deliverables(in: words, lexicon, language)
        let head = headVerb(in: words, lexicon)
        // A deliverable counts unless a continuing verb heads the text or a hedge makes it optional.
        let deliverableCounts =
            !found.isEmpty && head.map { !lexicon.continuing.matches(words.words[$0].folded) } != false
            && hedges.isEmpty
        signals += found
        signals += hedges
        if let head, lexicon.continuing.matches(words.words[head].folded) {
            signals.append(MeasurabilitySignal(kind: .activity, words: words.words[head].lowered))
        }
        signals += aims(in: words, lexicon)
        let isCheckable = signals.contains { $0.kind.isCheckable && $0.kind != .deliverable } || deliverableCounts
        return MeasurabilityVerdict(
            text: text, language: language, isVague: !isCheckable, signals: signals,
            deliverableCounts: deliverableCounts)
    }

    /// The verdict on a milestone: checkable when it has a `due` day and a `measure` that is itself
    /// checkable; otherwise its title and measure are read together.
    public func analyze(milestone: Milestone, language: CommitmentLanguage) -> MeasurabilityVerdict {
        if let due = milestone.due, let measure = milestone.measure {
            let verdict = analyze(measure, language: language)
            if !verdict.isVague {
                var signals = verdict.signals
                signals.insert(MeasurabilitySignal(kind: .date, words: "due \(due)"), at: 0)
                return MeasurabilityVerdict(
                    text: milestone.title, language: language, isVague: false, signals: signals,
                    deliverableCounts: verdict.deliverableCounts)
            }
        }
        return analyze([milestone.title, milestone.measure ?? ""].joined(separator: " "), language: language)
    }

    private func quantities(in words: CommitmentWords, _ lexicon: MeasurabilityLexicon) -> [MeasurabilitySignal] {
        var signals: [MeasurabilitySignal] = []
        for (index, word) in words.words.enumerated() {
            if Self.isPlainNumber(word.original), !Self.isYear(at: index, in: words) {
                let next = words.words.indices.contains(index + 1) ? " " + words.words[index + 1].lowered : ""
                signals.append(MeasurabilitySignal(kind: .quantity, words: word.original + next))
            } else if lexicon.numberWords.matches(word.folded) {
                signals.append(MeasurabilitySignal(kind: .quantity, words: word.lowered))
            }
        }
        let vague = lexicon.vagueQuantityPhrases.contains { words.contains($0) }
        for phrase in lexicon.quantityPhrases where words.contains(phrase) {
            // "a number of stakeholders" is not a quantity; "number of employees trained" is.
            if vague && (phrase.contains("number") || phrase.contains("nombre")) { continue }
            signals.append(MeasurabilitySignal(kind: .quantity, words: words.written(phrase)))
        }
        return signals
    }

    private func dates(in words: CommitmentWords, _ lexicon: MeasurabilityLexicon) -> [MeasurabilitySignal] {
        var signals: [MeasurabilitySignal] = []
        for (index, word) in words.words.enumerated() {
            let nextIsNumber = words.words.indices.contains(index + 1) && Self.isPlainNumber(words.words[index + 1].original)
            let previousIsNumber = index > 0 && Self.isPlainNumber(words.words[index - 1].original)
            if Self.isPlainNumber(word.original), Self.isYear(at: index, in: words) {
                if index > 0, lexicon.months.matches(words.words[index - 1].folded) || lexicon.ambiguousMonths.contains(words.words[index - 1].folded)
                {
                    continue  // reported with its month
                }
                signals.append(MeasurabilitySignal(kind: .date, words: word.original))
            } else if lexicon.months.matches(word.folded) || (lexicon.ambiguousMonths.contains(word.folded) && (nextIsNumber || previousIsNumber)) {
                signals.append(
                    MeasurabilitySignal(kind: .date, words: nextIsNumber ? word.original + " " + words.words[index + 1].original : word.original))
            }
        }
        return signals
    }

    private func frequencies(in words: CommitmentWords, _ lexicon: MeasurabilityLexicon) -> [MeasurabilitySignal] {
        words.words.filter { lexicon.frequencyWords.matches($0.folded) }.map { MeasurabilitySignal(kind: .frequency, words: $0.lowered) }
            + lexicon.frequencyPhrases.filter { words.contains($0) }
            .map { MeasurabilitySignal(kind: .frequency, words: words.written($0)) }
    }

    /// Deliverable nouns governed by a verb of making: the verb before the noun in the same clause,
    /// a participle just after it ("pilots delivered"), or the noun heading a title ("Portail de
    /// transparence").
    private func deliverables(in words: CommitmentWords, _ lexicon: MeasurabilityLexicon, _ language: CommitmentLanguage) -> [MeasurabilitySignal] {
        let list = words.words
        let ignored = Set(lexicon.ignoredPhrases.flatMap { words.indices(ofPhrase: $0.trimmingCharacters(in: .whitespaces)) }.flatMap { $0 })
        let past = pastIndices(in: words, lexicon)
        func isMaking(_ index: Int) -> Bool {
            !past.contains(index) && (lexicon.making.matches(list[index].folded) || Self.isOpeningVerb(index, in: words, language))
        }
        func isDeliverable(_ index: Int) -> Bool {
            !ignored.contains(index) && list[index].folded != "reporting" && lexicon.deliverables.matches(list[index].folded)
                && !(max(0, index - 2)..<index).contains { Self.demonstratives.contains(list[$0].folded) }
        }
        func isPassive(_ index: Int) -> Bool { index > 0 && Self.passiveAuxiliaries.contains(list[index - 1].folded) }
        func namesAField(verb: Int, noun: Int) -> Bool {
            let isNominal = Self.nominalEndings.contains { list[verb].folded.hasSuffix($0) } || list[verb].folded == "mise"
            let isBarePlural =
                (list[noun].folded.hasSuffix("s") || list[noun].folded.hasSuffix("x"))
                && Self.genericPrepositions.contains(list[noun - 1].folded)
            return isNominal && isBarePlural
        }
        let participles = Self.participleEndings[language] ?? []
        var signals: [MeasurabilitySignal] = []
        var used: Set<Int> = []
        for noun in list.indices where isDeliverable(noun) {
            // The nearest verb before the noun that governs it. Going back, the words between only
            // grow, so once too many of them count (or one is a purpose word) no earlier verb can
            // govern the noun: the search stops there rather than at the start of the text, which
            // made a long text of many nouns quadratic (found by FuzzRecord).
            var before: Int?
            var counted = 0
            for verb in stride(from: noun - 1, through: 0, by: -1) {
                guard counted < Self.governingWindow else { break }
                if list[verb].clause == list[noun].clause && isMaking(verb) && !isDeliverableOnly(verb, lexicon, words)
                    && !isPassive(verb) && !namesAField(verb: verb, noun: noun)
                {
                    before = verb
                    break
                }
                if Self.purposeWords.contains(list[verb].folded) { break }
                if !Self.fillers.contains(list[verb].folded) { counted += 1 }
            }
            let after = (noun + 1..<min(list.count, noun + 6)).first { index in
                guard list[index].clause == list[noun].clause, isMaking(index),
                    participles.contains(where: list[index].folded.hasSuffix)
                else { return false }
                let between = list[(noun + 1)..<index].map(\.folded)
                return index - noun <= 2 || between.contains { Self.passiveAuxiliaries.contains($0) }
            }
            if let verb = before ?? after, !used.contains(noun) {
                used.insert(noun)
                let pair = verb < noun ? "\(list[verb].lowered) … \(list[noun].lowered)" : "\(list[noun].lowered) \(list[verb].lowered)"
                signals.append(
                    MeasurabilitySignal(
                        kind: .deliverable, words: verb + 1 == noun || noun + 1 == verb ? pair.replacingOccurrences(of: " … ", with: " ") : pair))
            }
        }
        if signals.isEmpty, let first = list.firstIndex(where: { !Self.determiners.contains($0.folded) && !$0.isNumber }),
            list[first].clause == 0, isDeliverable(first), !lexicon.making.matches(list[first].folded),
            !lexicon.aims.matches(list[first].folded), !lexicon.continuing.matches(list[first].folded)
        {
            signals.append(MeasurabilitySignal(kind: .deliverable, words: list[first].lowered))
        } else if signals.isEmpty, language == .en, let last = list.indices.last, list.count <= 8, list[last].clause == 0,
            isDeliverable(last),
            !list.contains(where: {
                lexicon.making.matches($0.folded) || lexicon.continuing.matches($0.folded)
                    || Self.purposeWords.contains($0.folded)
            }),
            !lexicon.aims.matches(list[0].folded)
        {
            // An English title's head noun comes last: "Innovation in democracy programme".
            signals.append(MeasurabilitySignal(kind: .deliverable, words: list[last].lowered))
        }
        return signals
    }

    /// A word that is a deliverable noun as well as a making verb ("pilot", "map") counts as a verb
    /// only when it does not follow a determiner ("the pilot", "une carte").
    private func isDeliverableOnly(_ index: Int, _ lexicon: MeasurabilityLexicon, _ words: CommitmentWords) -> Bool {
        guard index > 0, lexicon.deliverables.matches(words.words[index].folded) else { return false }
        return Self.determiners.contains(words.words[index - 1].folded)
    }

    /// Making verbs that report the past ("having launched its portal"): in the phrase after a marker.
    private func pastIndices(in words: CommitmentWords, _ lexicon: MeasurabilityLexicon) -> Set<Int> {
        var past: Set<Int> = []
        for (index, word) in words.words.enumerated() where lexicon.pastMarkers.contains(word.folded) {
            for later in (index + 1)..<words.words.count where words.words[later].phrase == word.phrase { past.insert(later) }
        }
        return past
    }

    /// The first verb of making or continuing that is not in the past: the verb the commitment is about.
    private func headVerb(in words: CommitmentWords, _ lexicon: MeasurabilityLexicon) -> Int? {
        let past = pastIndices(in: words, lexicon)
        return words.words.indices.first { index in
            !past.contains(index) && words.words[index].clause == 0
                && (lexicon.continuing.matches(words.words[index].folded)
                    || (lexicon.making.matches(words.words[index].folded) && !isDeliverableOnly(index, lexicon, words)))
        }
    }

    private func aims(in words: CommitmentWords, _ lexicon: MeasurabilityLexicon) -> [MeasurabilitySignal] {
        var seen: Set<String> = []
        return words.words.filter { lexicon.aims.matches($0.folded) && !lexicon.making.matches($0.folded) && seen.insert($0.lowered).inserted }
            .map { MeasurabilitySignal(kind: .aim, words: $0.lowered) }
    }

    static func isPlainNumber(_ word: String) -> Bool { !word.isEmpty && word.allSatisfy(\.isNumber) }

    /// "Open" makes something ("open a library lab") only as a verb, which takes a determiner
    /// ("open a", "open the", "open new"); elsewhere it is the adjective of "open data" and "open
    /// policy making".
    static func isOpeningVerb(_ index: Int, in words: CommitmentWords, _ language: CommitmentLanguage) -> Bool {
        guard language == .en, ["open", "opens", "opened"].contains(words.words[index].folded),
            words.words.indices.contains(index + 1)
        else { return false }
        return ["a", "an", "the", "new", "its", "their", "our", "up"].contains(words.words[index + 1].folded)
    }

    /// Words before a number that make it a year ("by 2023", "d'ici 2025").
    static let datePrepositions: Set<String> = [
        "by", "in", "since", "until", "from", "to", "before", "after", "end", "of",
        "d", "ici", "en", "avant", "apres", "depuis", "jusqu", "pour", "fin",
    ]

    /// A number between 1900 and 2099 is a year, unless it counts a plural noun after it ("2000
    /// times", "1500 participants") with no date preposition before it.
    static func isYear(at index: Int, in words: CommitmentWords) -> Bool {
        let list = words.words
        guard isYear(list[index].original) else { return false }
        if index > 0, datePrepositions.contains(list[index - 1].folded) { return true }
        guard list.indices.contains(index + 1), list[index + 1].clause == list[index].clause else { return true }
        let next = list[index + 1].folded
        return !(next.count > 2 && next.hasSuffix("s") && next.allSatisfy(\.isLetter))
    }

    static func isYear(_ word: String) -> Bool {
        guard word.count == 4, let value = Int(word) else { return false }
        return (1900...2099).contains(value)
    }
}

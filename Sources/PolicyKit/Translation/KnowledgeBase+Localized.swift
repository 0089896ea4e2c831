/// The knowledge base as read in another language: every record's translatable texts replaced
/// by those of its translation (the source's text where there is none), structure unchanged.
extension KnowledgeBase {
    /// The knowledge base in `language`; itself for the source language or a language it does not have.
    ///
    /// A claim whose translation is current, parity-clean and fully translated keeps its
    /// verifications (they confirmed the source statement, `verifiedStatement`); any other
    /// translated claim `awaitsTranslation` and is not verified in this language.
    public func localized(into language: String) -> KnowledgeBase {
        guard settings.translationLanguages.contains(language) else { return self }
        let records = allRecords.map { record -> Record in
            guard let translation = translation(of: record, into: language) else { return record }
            var localized = record.replacingTexts(with: translation)
            if case .claim(var claim) = localized, case .claim(let original) = record {
                let trustworthy = translationState(of: record, into: language).isTrustworthy
                claim.verifiedStatement = trustworthy ? original.statement : claim.statement
                claim.awaitsTranslation = !trustworthy
                localized = .claim(claim)
            }
            return localized
        }
        var kb = KnowledgeBase(settings: settings, records: records)
        kb.evidenceFileDigests = evidenceFileDigests
        kb.oversizedEvidenceFiles = oversizedEvidenceFiles
        kb.setTranslations(translations)
        kb.language = language
        return kb
    }
}

extension Record {
    /// The record with the texts of `translation` in place of its own (those it translates).
    func replacingTexts(with translation: Translation) -> Record {
        let texts = Dictionary(translation.texts.map { ($0.key, $0.text) }, uniquingKeysWith: { first, _ in first })
        func text(_ key: String, _ original: String) -> String { texts[key].map { $0.trimmingWhitespace() } ?? original }
        func optional(_ key: String, _ original: String?) -> String? { original.map { text(key, $0) } }
        var source = self.source
        if let body = texts["body"], TranslationLayout.translatesBody(kind), !source.body.isEmpty { source.body = body }
        switch self {
        case .method(var method):
            method.title = text("title", method.title)
            method.summary = text("summary", method.summary)
            method.timeNeeded = optional("time_needed", method.timeNeeded)
            method.participants = optional("participants", method.participants)
            for index in method.sources.indices { method.sources[index].title = text("sources.\(index + 1).title", method.sources[index].title) }
            method.source = source
            return .method(method)
        case .project(var project):
            project.title = text("title", project.title)
            project.summary = text("summary", project.summary)
            project.commissioner = text("commissioner", project.commissioner)
            project.challenge = optional("challenge", project.challenge)
            for index in project.reached.indices { project.reached[index] = text("reached.\(index + 1)", project.reached[index]) }
            for index in project.stakeholders.indices {
                project.stakeholders[index].role = optional("stakeholders.\(project.stakeholders[index].id).role", project.stakeholders[index].role)
            }
            for index in project.milestones.indices {
                project.milestones[index].title = text("milestones.\(index + 1).title", project.milestones[index].title)
                project.milestones[index].measure = optional("milestones.\(index + 1).measure", project.milestones[index].measure)
            }
            for index in project.indicators.indices {
                project.indicators[index].title = text("indicators.\(index + 1).title", project.indicators[index].title)
                project.indicators[index].target = optional("indicators.\(index + 1).target", project.indicators[index].target)
                project.indicators[index].actual = optional("indicators.\(index + 1).actual", project.indicators[index].actual)
            }
            project.source = source
            return .project(project)
        case .evidence(var item):
            item.title = text("title", item.title)
            item.summary = optional("summary", item.summary)
            return .evidence(item)
        case .claim(var claim):
            claim.statement = text("statement", claim.statement)
            claim.source = source
            return .claim(claim)
        case .lesson(var lesson):
            lesson.title = text("title", lesson.title)
            lesson.summary = text("summary", lesson.summary)
            lesson.audience = optional("audience", lesson.audience)
            for index in lesson.sources.indices { lesson.sources[index].title = text("sources.\(index + 1).title", lesson.sources[index].title) }
            lesson.source = source
            return .lesson(lesson)
        }
    }
}

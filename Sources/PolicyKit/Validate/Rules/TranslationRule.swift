/// Translations (`x.fr.md`): in a language of `languages`, of a record that exists, with the
/// source's structure; current (`translation_of`), parity-clean, with no machine-translation
/// markers or untranslated copies; and a translation of every published record.
struct TranslationRule: Rule {
    /// Phrases that mark text as machine-translated or not yet translated.
    static let markers = [
        "(g translate)", "[mt]", "(mt)", "(machine translation)", "(machine translated)", "(traduction automatique)",
        "google translate", TranslationScaffold.marker,
    ]

    func check(_ kb: KnowledgeBase, into findings: inout [Finding]) {
        guard kb.checksSettings else { return }
        for translation in kb.translations { check(translation, kb, into: &findings) }
        for language in kb.settings.translationLanguages {
            let severity = kb.settings.missingTranslations[language] ?? .warning
            // Only whether the file exists: no digest of the records that have no translation.
            for record in kb.allRecords where KnowledgeBase.isPublished(record) && kb.translation(of: record, into: language) == nil {
                let expected = TranslationLayout.translationPath(of: record.source.path, language: language)
                findings.append(
                    Finding(
                        path: record.source.path, position: nil, severity: severity,
                        message: "no \(TranslationLayout.name(of: language)) translation (expected \(expected))"))
            }
        }
    }

    private func check(_ translation: Translation, _ kb: KnowledgeBase, into findings: inout [Finding]) {
        let path = translation.path
        let settings = kb.settings
        guard settings.translationLanguages.contains(translation.language) else {
            let listed = "languages: [\(settings.languages.joined(separator: ", "))]"
            let message =
                translation.language == settings.sourceLanguage
                ? "a translation into '\(translation.language)', the language the records are written in (the first of \(listed) in policylab.yaml)"
                : "a translation into '\(translation.language)', a language policylab.yaml does not list (\(listed)): add it to 'languages' or remove the file"
            findings.append(.error(message, in: path, at: .start))
            return
        }
        guard let source = kb.source(of: translation) else {
            findings.append(.error("translation of nothing: there is no \(translation.reference) (\(translation.sourcePath))", in: path, at: .start))
            return
        }
        let texts = source.translatableTexts
        checkStructure(translation, source: source, texts: texts, into: &findings)
        let digest = TranslationDigest.of(texts)
        if let written = translation.translationOf, TranslationDigest.isDigest(written), written != digest {
            findings.append(
                .warning(
                    "stale: \(source.source.path) changed since this translation (translation_of \(written.prefix(12)), now \(digest.prefix(12)))",
                    in: path, at: translation.translationOfPosition))
        }
        let differences = ParityDifference.between(
            source: texts, sourceLanguage: settings.sourceLanguage, translation: translation.texts,
            language: translation.language)
        for difference in differences { findings.append(.warning(difference.message, in: path, at: difference.position)) }
        let sources = Dictionary(texts.map { ($0.key, $0.normalized) }, uniquingKeysWith: { first, _ in first })
        for text in translation.texts {
            let lowered = text.text.lowercased()
            if let marker = Self.markers.first(where: { lowered.contains($0) }) {
                findings.append(
                    .warning("'\(text.key)' still holds the marker '\(marker)': translate the text and remove it", in: path, at: text.position))
            } else if let original = sources[text.key], original == text.normalized, original.split(whereSeparator: \.isWhitespace).count >= 4 {
                findings.append(.warning("'\(text.key)' is the source's text, untranslated", in: path, at: text.position))
            }
        }
    }

    /// Lists as long as the source's, no text the source does not have, every text of the source translated.
    private func checkStructure(_ translation: Translation, source: Record, texts: [TranslatableText], into findings: inout [Finding]) {
        let path = translation.path
        var mismatched: Set<String> = []
        for (key, count) in translation.listCounts.sorted(by: { $0.key < $1.key }) {
            let expected = Self.listCount(key, of: source)
            if count.value != expected {
                mismatched.insert(key)
                findings.append(
                    .error(
                        "'\(key)' has \(count.value) entries and the source \(expected): a translation lists the source's entries in the same order",
                        in: path, at: count.position))
            }
        }
        let sourceKeys = Set(texts.map(\.key))
        let translatedKeys = Set(translation.texts.map(\.key))
        func list(_ key: String) -> String { String(key.prefix { $0 != "." }) }
        for text in translation.texts where !sourceKeys.contains(text.key) && !mismatched.contains(list(text.key)) {
            findings.append(.error("'\(text.key)' translates nothing: \(source.source.path) has no such text", in: path, at: text.position))
        }
        for text in texts where !translatedKeys.contains(text.key) && !mismatched.contains(list(text.key)) {
            findings.append(.warning("'\(text.key)' is not translated (\(source.source.path) has it)", in: path, at: .start))
        }
    }

    private static func listCount(_ key: String, of record: Record) -> Int {
        switch (record, key) {
        case (.method(let method), "sources"): method.sources.count
        case (.lesson(let lesson), "sources"): lesson.sources.count
        case (.project(let project), "milestones"): project.milestones.count
        case (.project(let project), "indicators"): project.indicators.count
        case (.project(let project), "reached"): project.reached.count
        default: 0
        }
    }
}

import Yams

/// Reads `policylab.yaml`, a plain YAML file (no front matter delimiters).
enum SettingsReading {
    static func parse(_ bytes: [UInt8], path: String = Settings.fileName) -> (Settings, [Finding]) {
        let document = SourceText.decode(bytes, path: path).flatMap { text in
            YAMLDocument.compose(FrontMatter(yaml: text.text, yamlFirstLine: 1, body: ""), path: path)
        }
        switch document {
        case .failure(let finding):
            return (.defaults, [finding])
        case .success(let document):
            let context = FieldReader.Context(path: path, lineOffset: document.lineOffset, decoder: YAMLDecoder())
            let reader = FieldReader(mapping: document.root, context: context)
            var settings = read(reader)
            readLanguages(reader, into: &settings)
            reader.reportUnknownKeys()
            return (settings, context.findings)
        }
    }

    /// `repository: {url, branch, forge}`; the URL must be an https address of the repository's web page.
    private static func sourceRepository(_ reader: FieldReader) -> Settings.SourceRepository? {
        let url: String? = reader.required("url")
        let branch: String = reader.optional("branch") ?? "main"
        let forge: Forge? = reader.required("forge")
        guard let url, let forge else { return nil }
        let trimmed = url.hasSuffix("/") ? String(url.dropLast()) : url
        guard trimmed.lowercased().hasPrefix("https://"),
            !trimmed.contains(where: { $0 == " " || $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "?" || $0 == "#" })
        else {
            reader.add(
                .error, "'repository.url' must be the repository's https:// web address, such as https://github.com/lab/kb, not '\(url)'",
                at: reader.keyPositions["url"])
            return nil
        }
        return Settings.SourceRepository(url: trimmed.hasSuffix(".git") ? String(trimmed.dropLast(4)) : trimmed, branch: branch, forge: forge)
    }

    /// `languages: [en, fr]` (codes of two or three lowercase letters, no repeats) and
    /// `missing_translations: {fr: error}` (`warning` or `error`, for languages it lists).
    private static func readLanguages(_ reader: FieldReader, into settings: inout Settings) {
        let languages = reader.list("languages", as: String.self)
        var seen: Set<String> = []
        for language in languages {
            if !TranslationLayout.isLanguageCode(language.value) {
                reader.add(
                    .error, "'languages': '\(language.value)' is not a language code (two or three lowercase letters, such as en or fr)",
                    at: language.position)
            } else if !seen.insert(language.value).inserted {
                reader.add(.error, "'languages': '\(language.value)' is listed twice", at: language.position)
            }
        }
        if reader.isWritten("languages"), languages.isEmpty {
            reader.add(
                .error, "'languages' must list at least the language the records are written in, such as [en]", at: reader.keyPositions["languages"])
        }
        let valid = languages.map(\.value).filter(TranslationLayout.isLanguageCode)
        if !valid.isEmpty { settings.languages = valid.reduce(into: []) { if !$0.contains($1) { $0.append($1) } } }
        let severities = reader.mapping("missing_translations") { nested in
            var severities: [String: Finding.Severity] = [:]
            for language in settings.translationLanguages {
                if let severity: Finding.Severity = nested.optional(language) { severities[language] = severity }
            }
            return severities
        }
        settings.missingTranslations = severities ?? [:]
    }

    private static func read(_ reader: FieldReader) -> Settings {
        let defaults = Settings.defaults
        return Settings(
            name: reader.required("name", fallback: defaults.name),
            programme: reader.mapping("programme") { programme in
                Settings.Programme(
                    commitment: programme.optional("commitment"),
                    start: programme.optional("start"),
                    end: programme.optional("end"),
                    demonstratorTarget: programme.mapping("targets") { $0.optional("demonstrators", as: Int.self) }.flatMap { $0 })
            },
            review: reader.mapping("review") { review in
                Settings.Review(
                    requiredApprovals: review.optional("required_approvals") ?? defaults.review.requiredApprovals,
                    maintainers: review.mappings("maintainers") { maintainer in
                        Settings.Maintainer(
                            name: maintainer.required("name", fallback: ""), email: maintainer.required("email", fallback: ""),
                            signingKey: maintainer.signingKey("signing_key"))
                    },
                    paths: review.list("paths", as: String.self).map(\.value))
            } ?? defaults.review,
            requiredConfirmations: reader.mapping("verification") { $0.optional("required_confirmations", as: Int.self) }.flatMap { $0 }
                ?? defaults.requiredConfirmations,
            repository: reader.mapping("repository", sourceRepository).flatMap { $0 },
            language: reader.optional("language"))
    }
}

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
            let settings = read(reader)
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
        guard trimmed.lowercased().hasPrefix("https://"), !trimmed.contains(where: { $0 == " " || $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "?" || $0 == "#" }) else {
            reader.add(.error, "'repository.url' must be the repository's https:// web address, such as https://github.com/lab/kb, not '\(url)'",
                       at: reader.keyPositions["url"])
            return nil
        }
        return Settings.SourceRepository(url: trimmed.hasSuffix(".git") ? String(trimmed.dropLast(4)) : trimmed, branch: branch, forge: forge)
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
                        Settings.Maintainer(name: maintainer.required("name", fallback: ""), email: maintainer.required("email", fallback: ""),
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

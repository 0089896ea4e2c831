/// Which keys a translation of each kind of record may hold, and which it must not.
public enum TranslationLayout {
    /// Top-level keys holding one text.
    static func textKeys(_ kind: RecordKind) -> [String] {
        switch kind {
        case .method: ["title", "summary", "time_needed", "participants"]
        case .project: ["title", "summary", "commissioner", "challenge"]
        case .evidence: ["title", "summary"]
        case .claim: ["statement"]
        case .lesson: ["title", "summary", "audience"]
        }
    }

    /// Keys holding a list, each item a mapping of these texts (or, for an empty list, one text).
    static func listKeys(_ kind: RecordKind) -> [String: [String]] {
        switch kind {
        case .method, .lesson: ["sources": ["title"]]
        case .project: ["reached": [], "milestones": ["title", "measure"], "indicators": ["title", "target", "actual"]]
        case .evidence, .claim: [:]
        }
    }

    /// Keys holding a mapping from an id of the source to a mapping of these texts.
    static func idKeys(_ kind: RecordKind) -> [String: [String]] {
        kind == .project ? ["stakeholders": ["role"]] : [:]
    }

    /// Whether the Markdown body is translated (evidence: only its title and summary).
    public static func translatesBody(_ kind: RecordKind) -> Bool { kind != .evidence }

    /// Keys of the source record that are structure, not text: they live only in the source.
    static func structuralKeys(_ kind: RecordKind) -> Set<String> {
        let common: Set<String> = ["id", "status", "tags"]
        switch kind {
        case .method:
            return common.union(["phases", "level", "cost", "related", "supersedes", "aliases", "updated", "link"])
        case .project:
            return common.union([
                "demonstrator", "started", "ended", "methods", "partners", "ogp_commitment", "assessment",
                "lessons", "name", "kind", "contact", "public", "signing_key", "due", "done", "outcome", "actual_on",
            ])
        case .evidence:
            return common.union(["kind", "link", "file", "sha256", "access", "strength", "date", "collected_by"])
        case .claim:
            return common.union(["kind", "evidence", "requested", "verifications", "stakeholder", "verdict", "on", "statement_sha256"])
        case .lesson:
            return common.union(["date", "projects", "methods", "link"])
        }
    }

    /// The sibling name of a translation: `x.md` becomes `x.fr.md`.
    public static func translationPath(of sourcePath: String, language: String) -> String {
        (sourcePath.hasSuffix(".md") ? String(sourcePath.dropLast(3)) : sourcePath) + ".\(language).md"
    }

    /// The language's name in English for messages (`French`), or its code.
    public static func name(of language: String) -> String {
        ["en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "nl": "Dutch", "pt": "Portuguese"][language]
            ?? "'\(language)'"
    }

    /// Whether a file name is that of a translation (`x.fr.md`), not of a record.
    public static func isTranslationName(_ name: String) -> Bool {
        guard name.hasSuffix(".md") else { return false }
        let stem = name.dropLast(3)
        guard let dot = stem.lastIndex(of: ".") else { return false }
        return isLanguageCode(stem[stem.index(after: dot)...])
    }

    /// Whether `word` looks like a language code (ISO 639-1 or -2: two or three lowercase letters).
    public static func isLanguageCode(_ word: some StringProtocol) -> Bool {
        (2...3).contains(word.count) && word.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
    }
}

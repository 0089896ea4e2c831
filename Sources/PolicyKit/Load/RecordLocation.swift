/// What a path in the knowledge base holds, by the layout of `records.md`.
public enum RecordLocation: Equatable, Sendable {
    /// A record file; `id` is the file (or project folder) name it must carry.
    case record(RecordKind, id: String, project: String?)
    /// A translation of a record (`x.fr.md` beside `x.md`, `project.fr.md` beside `project.md`).
    case translation(RecordKind, id: String, project: String?, language: String)
    /// A file kept as evidence under `projects/<p>/evidence/files/`.
    case evidenceFile
    /// The knowledge base's settings file, `policylab.yaml`.
    case settings
    /// A file the tool does not read: README files, dotfiles, and everything outside the KB folders.
    case ignored
    /// A file inside a KB folder that does not fit the layout.
    case misplaced(expected: String)

    /// The folders at the root of a knowledge base that hold records.
    public static let folders = ["toolkit", "projects", "lessons"]

    /// Where `path` (relative to the root, `/` separators) falls in the layout.
    public init(path: String) {
        // Substrings, not strings: the loader places every path of a large knowledge base. Cut at
        // each `/` byte, as the file system does: a `/` followed by a combining mark is one
        // character, which a split on characters would not cut at.
        let parts = path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).map { Substring($0) }
        let name = parts.last.map(String.init) ?? ""
        if path == Settings.fileName { self = .settings; return }
        guard let top = parts.first.map(String.init), RecordLocation.folders.contains(top), parts.count > 1 else { self = .ignored; return }
        if parts.count >= 5, parts[0] == "projects", parts[2] == "evidence", parts[3] == "files" {
            self = .evidenceFile
            return
        }
        if name.hasPrefix(".") || (name.utf8.count == 9 && name.lowercased() == "readme.md") { self = .ignored; return }
        var stem = name.hasSuffix(".md") ? String(name.dropLast(3)) : nil
        var language: String?
        if let dotted = stem, let dot = dotted.lastIndex(of: "."), TranslationLayout.isLanguageCode(dotted[dotted.index(after: dot)...]) {
            language = String(dotted[dotted.index(after: dot)...])
            stem = String(dotted[..<dot])
        }
        let location = Self.place(parts: parts, top: top, name: language == nil ? name : (stem ?? "") + ".md", stem: stem)
        if let language, case .record(let kind, let id, let project) = location {
            self = .translation(kind, id: id, project: project, language: language)
        } else {
            self = location
        }
    }

    private static func place(parts: [Substring], top: String, name: String, stem: String?) -> RecordLocation {
        switch (parts.count, top) {
        case (3, "toolkit") where parts[1] == "methods" && stem != nil:
            .record(.method, id: stem ?? "", project: nil)
        case (2, "lessons") where stem != nil:
            .record(.lesson, id: stem ?? "", project: nil)
        case (3, "projects") where name == "project.md":
            .record(.project, id: String(parts[1]), project: nil)
        case (4, "projects") where parts[2] == "evidence" && stem != nil:
            .record(.evidence, id: stem ?? "", project: String(parts[1]))
        case (4, "projects") where parts[2] == "impact" && stem != nil:
            .record(.claim, id: stem ?? "", project: String(parts[1]))
        case (_, "toolkit"):
            .misplaced(expected: "toolkit/methods/<id>.md")
        case (_, "lessons"):
            .misplaced(expected: "lessons/<id>.md")
        default:
            .misplaced(
                expected: "projects/<id>/project.md, projects/<id>/evidence/<id>.md, projects/<id>/impact/<id>.md or projects/<id>/evidence/files/..."
            )
        }
    }
}

import Foundation
import Testing

@testable import PolicyKit

/// The `valid-kb` fixture made bilingual (`languages: [en, fr]`), for the translation tests.
enum Bilingual {
    static let settingsLine = "languages: [en, fr]\n"
    static let claimPath = "projects/alpha/impact/timetable-changed.md"
    static let claimTranslation = "projects/alpha/impact/timetable-changed.fr.md"
    static let projectPath = "projects/alpha/project.md"

    /// Runs `body` with the fixture copied to a folder, with `settings` appended to policylab.yaml.
    static func withKB<T>(settings: String = settingsLine, _ body: (String) throws -> T) throws -> T {
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try Support.copyFixture("valid-kb", to: root)
            if !settings.isEmpty {
                let path = root + "/policylab.yaml"
                try Support.write(Array((try String(contentsOfFile: path, encoding: .utf8) + settings).utf8), to: path)
            }
            return try body(root)
        }
    }

    /// The current `translation_of` of the record at `path` in the folder `root`.
    static func digest(_ path: String, in root: String) throws -> String {
        let kb = try Support.load(root).knowledgeBase
        let record = try #require(kb.allRecords.first { $0.source.path == path })
        return TranslationDigest.of(record)
    }

    /// The findings of `check` on `root` about translation files (those ending `.fr.md`, or as given).
    static func translationFindings(_ root: String, matching suffix: String = ".fr.md") throws -> [String] {
        try Support.check(root).filter { $0.split(separator: ":").first.map { $0.hasSuffix(suffix) } == true }
    }

    /// A French translation of the fixture's claim (`statement` as given), current unless `digest` says otherwise.
    static func claim(_ statement: String, digest: String, extra: String = "", body: String = "") -> String {
        "---\ntranslation_of: \(digest)\nstatement: \"\(statement)\"\n\(extra)---\n\(body)"
    }
}

import Foundation
import PolicylabTestSupport
import GitKit
import Testing
import Yams

@testable import PolicyKit

/// Helpers shared by the PolicyKit tests.
enum Support {
    /// An always-empty directory: libgit2's global/system/XDG search path and the HOME of every
    /// `/usr/bin/git` run, so no configuration from the machine leaks in (as in the GitKit tests).
    static let emptyConfigDirectory: String = {
        let path = NSTemporaryDirectory() + "policykit-tests-empty-config"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        GitLibrary.isolateConfiguration(searchPath: path)
        return path
    }()

    /// Fixed identity for commits made by tests.
    static let author = Signature(
        name: "Ada Lovelace", email: "ada@example.org",
        date: Date(timeIntervalSince1970: 1_700_000_000), timeZoneOffsetMinutes: 0)

    /// The package root (where the shipped knowledge base lives), found from this file's path.
    static let packageRoot: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// A fixture knowledge base shipped with the tests (`Fixtures/<name>`).
    static func fixture(_ name: String) throws -> String {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return folder.appendingPathComponent(name).path
    }

    /// Runs `body` with a fresh temporary directory (real path, no trailing slash) that is
    /// removed afterwards; git configuration is isolated first.
    static func withTemporaryDirectory<T>(_ body: (String) throws -> T) throws -> T {
        _ = emptyConfigDirectory
        return try TemporaryDirectory.with(prefix: "policykit", body)
    }

    /// `withTemporaryDirectory` for asynchronous tests.
    static func withTemporaryDirectory<T>(_ body: (String) async throws -> T) async throws -> T {
        _ = emptyConfigDirectory
        return try await TemporaryDirectory.with(prefix: "policykit", body)
    }

    /// Writes raw bytes, creating parent directories.
    static func write(_ bytes: [UInt8], to path: String) throws { try TestFiles.write(bytes, to: path) }

    /// Writes `files` (path relative to `root` -> text) under `root`.
    static func write(_ files: [String: String], under root: String) throws {
        for (path, text) in files { try write(Array(text.utf8), to: root + "/" + path) }
    }

    /// Copies a fixture knowledge base into `directory` (which must not exist yet).
    static func copyFixture(_ name: String, to directory: String) throws {
        try FileManager.default.copyItem(atPath: try fixture(name), toPath: directory)
    }

    /// Loads the knowledge base in the folder `root`.
    static func load(_ root: String, keepBodies: Bool = true) throws -> KnowledgeBaseLoader.Outcome {
        try KnowledgeBaseLoader.load(from: .directory(root), keepBodies: keepBodies)
    }

    /// Every finding of `check` on the folder `root`, as `path:line:column: severity: message`.
    static func check(_ root: String) throws -> [String] {
        Validator.validate(try load(root, keepBodies: false)).map(\.description)
    }

    /// The findings of `check` on the clean fixture knowledge base `valid-kb` after `changes`
    /// (path -> new text; nil removes the file). The fixture alone has no findings, so the result
    /// is exactly what the change causes.
    static func findings(afterChanging changes: [String: String?]) throws -> [String] {
        try withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try copyFixture("valid-kb", to: root)
            for (path, text) in changes {
                if let text {
                    try write(Array(text.utf8), to: root + "/" + path)
                } else {
                    try FileManager.default.removeItem(atPath: root + "/" + path)
                }
            }
            return try check(root)
        }
    }

    /// Expects `findings(afterChanging:)` to be exactly `expected`.
    static func expectFindings(
        afterChanging changes: [String: String?], _ expected: [String],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let actual = try findings(afterChanging: changes)
        #expect(actual == expected, sourceLocation: sourceLocation)
    }

    /// Expects `check(root)` to be exactly `expected`.
    static func expectCheck(_ root: String, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let actual = try check(root)
        #expect(actual == expected, sourceLocation: sourceLocation)
    }

    /// The knowledge base `valid-kb` after `changes`, loaded (for queries and claim statuses).
    static func knowledgeBase(afterChanging changes: [String: String] = [:]) throws -> KnowledgeBase {
        try withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try copyFixture("valid-kb", to: root)
            try write(changes, under: root)
            let outcome = try load(root)
            #expect(Validator.validate(outcome).filter { $0.severity == .error }.map(\.description) == [])
            return outcome.knowledgeBase
        }
    }

    /// The findings of parsing one record file on its own (no cross-record rules).
    static func parse(
        _ bytes: [UInt8], path: String = "toolkit/methods/m.md", kind: RecordKind = .method,
        project: String? = nil
    ) -> RecordParser.Outcome {
        let location = RecordLocation(path: path)
        guard case .record(_, let id, _) = location, let fileID = RecordID(id) else {
            Issue.record("\(path) is not a record path")
            return RecordParser.Outcome(record: nil, findings: [])
        }
        return RecordParser.parse(
            bytes, path: path, kind: kind, fileID: fileID, project: project.flatMap(RecordID.init),
            keepBody: true, decoder: YAMLDecoder())
    }

    /// `parse` of a text, giving the findings as `path:line:column: severity: message`.
    static func parseFindings(
        _ text: String, path: String = "toolkit/methods/m.md", kind: RecordKind = .method,
        project: String? = nil
    ) -> [String] {
        parse(Array(text.utf8), path: path, kind: kind, project: project).findings.sortedForDisplay().map(\.description)
    }

    /// A complete, valid method front matter for `toolkit/methods/m.md`; `extra` lines go
    /// before the closing `---`, starting on line 7.
    static func method(_ extra: String = "", id: String = "m") -> String {
        "---\nid: \(id)\ntitle: A method\nsummary: What it is.\nphases: [discover]\nstatus: draft\n\(extra)---\nBody.\n"
    }

    /// Runs `/usr/bin/git` with a clean environment (empty HOME, no system config, fixed identity
    /// and dates) and returns its standard output; throws when git fails.
    @discardableResult
    static func git(_ arguments: [String], in directory: String) throws -> String {
        try GitProgram.git(arguments, in: directory, home: emptyConfigDirectory)
    }

    /// Commits every file under `root` (a fresh repository made there with GitKit) on `main`, and
    /// returns the commit.
    @discardableResult
    static func commitEverything(in root: String, message: String = "fixture\n") throws -> ObjectID {
        try FixtureRepository.commitFolder(root, message: message, author: author, updatingIndex: false)
    }
}

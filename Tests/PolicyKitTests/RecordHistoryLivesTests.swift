import Foundation
import GitKit
import Testing

@testable import PolicyKit

/// A record deleted and later re-created at the same path has one history across both lives,
/// as `git log -- PATH` shows it.
@Suite struct RecordHistoryLivesTests {
    private static let path = "toolkit/methods/interviews.md"

    private func history(_ kb: AuthoringRepository, cache: Bool) throws -> RecordHistory {
        try RecordHistory.load(try RecordSelector("method:interviews"), gitDirectory: kb.repository.gitDirectory, useCache: cache)
    }

    /// Edit, delete, a merge while the record is gone, re-create, edit: all with the git program.
    private func deleteAndRecreate(_ kb: AuthoringRepository) throws {
        let eve = Contributor.cso
        let original = try kb.read(Self.path)
        try eve.commit([Self.path: original + "First life.\n"], on: "main", message: "Edit in the first life", in: kb.root)
        try eve.commit([Self.path: nil], on: "main", message: "Remove interviews", in: kb.root)
        try eve.commit(["lessons/aside.md": "---\nid: aside\n---\n"], on: "side", message: "Aside", in: kb.root)
        try eve.commit(["lessons/meanwhile.md": "---\nid: meanwhile\n---\n"], on: "main", message: "Meanwhile", in: kb.root)
        _ = try kb.git("merge", "-q", "--no-ff", "-m", "Merge side", "side")
        try eve.commit(
            [Self.path: methodText("interviews", title: "Interviews, again")], on: "main", message: "Bring interviews back",
            in: kb.root)
        try eve.commit(
            [Self.path: methodText("interviews", title: "Interviews, again", status: "published")], on: "main",
            message: "Publish interviews", in: kb.root)
    }

    @Test func goesOnPastADeletionIntoTheEarlierLife() throws {
        try AuthoringRepository.withFixture { kb in
            try deleteAndRecreate(kb)
            let gitLog = try kb.git("log", "--format=%H", "--", Self.path).split(separator: "\n").map(String.init)
            let gitFollow = try kb.git("log", "--follow", "--format=%H", "--", Self.path).split(separator: "\n").map(String.init)
            #expect(gitLog.count == 5 && gitFollow == gitLog)
            for cache in [false, true, true] {  // without the cache, building it, reading it
                let found = try history(kb, cache: cache)
                #expect(found.entries.map(\.commit) == gitLog, "cache: \(cache)")
                #expect(
                    found.entries.map(\.subject) == [
                        "Publish interviews", "Bring interviews back", "Remove interviews",
                        "Edit in the first life", "fixture",
                    ])
                #expect(found.entries.map(\.change) == [.modified, .added, .deleted, .modified, .added])
                #expect(found.entries.allSatisfy { $0.path == Self.path && $0.previousPath == nil })
            }
            let text = try history(kb, cache: true).text
            #expect(text.hasPrefix("history of method:interviews (\(Self.path)): 5 commits\n"))
            #expect(text.contains("Remove interviews\n    deleted \(Self.path)\n"))
        }
    }

    @Test func aRenameStillWinsOverAnEarlierLifeOfTheNewPath() throws {
        try AuthoringRepository.withFixture { kb in
            let eve = Contributor.cso
            // lessons/start-earlier.md exists once, is deleted, and later the other lesson is renamed to it.
            try eve.commit(
                ["lessons/start-earlier.md": "---\nid: start-earlier\ntitle: Old\n---\nAn old lesson.\n"], on: "main",
                message: "An old lesson", in: kb.root)
            try eve.commit(["lessons/start-earlier.md": nil], on: "main", message: "Drop the old lesson", in: kb.root)
            try eve.git(["mv", "lessons/start-early.md", "lessons/start-earlier.md"], in: kb.root)
            let renamed = try kb.read("lessons/start-earlier.md").replacingOccurrences(of: "id: start-early", with: "id: start-earlier")
            try eve.commit(["lessons/start-earlier.md": renamed], on: "main", message: "Rename the lesson", in: kb.root)
            let gitFollow = try kb.git("log", "--follow", "--format=%H", "--", "lessons/start-earlier.md")
                .split(separator: "\n").map(String.init)
            for cache in [false, true] {
                let found = try RecordHistory.load(
                    try RecordSelector("lesson:start-earlier"), gitDirectory: kb.repository.gitDirectory,
                    useCache: cache)
                #expect(found.entries.map(\.commit) == gitFollow, "cache: \(cache)")
                #expect(found.entries.map(\.subject) == ["Rename the lesson", "fixture"])
            }
        }
    }
}

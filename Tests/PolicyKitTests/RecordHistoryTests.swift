import Foundation
import GitKit
import Testing

@testable import PolicyKit

@Suite struct RecordHistoryTests {
    private func history(_ name: String, _ kb: AuthoringRepository, revision: String = "HEAD") throws -> RecordHistory {
        try RecordHistory.load(try RecordSelector(name), gitDirectory: kb.repository.gitDirectory, revision: revision)
    }

    @Test func listsTheCommitsThatChangedARecordWithTheirFields() throws {
        try AuthoringRepository.withFixture { kb in
            let eve = Contributor.cso
            let original = try kb.read("toolkit/methods/interviews.md")
            let edited =
                original.replacingOccurrences(of: "status: published", with: "status: retired")
                .replacingOccurrences(of: "cost: low\n", with: "") + "One more line.\n"
            try eve.commit(["toolkit/methods/interviews.md": edited], on: "main", message: "Retire interviews\n\nNobody uses it.", in: kb.root)
            try eve.commit(["lessons/start-early.md": "---\nid: start-early\n---\n"], on: "main", message: "Unrelated", in: kb.root)
            let found = try history("method:interviews", kb)
            #expect(found.path == "toolkit/methods/interviews.md")
            #expect(found.entries.map(\.subject) == ["Retire interviews", "fixture"])
            let latest = try #require(found.entries.first)
            #expect(latest.author == "Eve Activist" && latest.email == "eve@cso.example")
            #expect(latest.change == .modified)
            #expect(
                latest.fields == [
                    FieldChange(field: "status", kind: .changed, old: "published", new: "retired"),
                    FieldChange(field: "cost", kind: .removed, old: "low", new: nil),
                ])
            #expect(latest.body == BodyChange(linesAdded: 1, linesRemoved: 0))
            #expect(found.entries.last?.change == .added)
            #expect(found.text.contains("    status: published -> retired\n    - cost\n    body: 1 line added, 0 removed"))
        }
    }

    @Test func followsARename() throws {
        try AuthoringRepository.withFixture { kb in
            let eve = Contributor.cso
            let old = try kb.read("lessons/start-early.md")
            try eve.commit(["lessons/start-early.md": old + "Earlier still.\n"], on: "main", message: "Edit before rename", in: kb.root)
            try eve.git(["mv", "lessons/start-early.md", "lessons/start-earlier.md"], in: kb.root)
            let renamed = try kb.read("lessons/start-earlier.md").replacingOccurrences(of: "id: start-early", with: "id: start-earlier")
            try eve.commit(["lessons/start-earlier.md": renamed], on: "main", message: "Rename the lesson", in: kb.root)
            let found = try history("lesson:start-earlier", kb)
            #expect(found.entries.map(\.subject) == ["Rename the lesson", "Edit before rename", "fixture"])
            #expect(found.entries.map(\.path) == ["lessons/start-earlier.md", "lessons/start-early.md", "lessons/start-early.md"])
            #expect(found.entries[0].change == .renamed && found.entries[0].previousPath == "lessons/start-early.md")
            #expect(found.entries[0].fields == [FieldChange(field: "id", kind: .changed, old: "start-early", new: "start-earlier")])
            // The same as git's own rename following.
            let gitLog = try kb.git("log", "--follow", "--format=%s", "--", "lessons/start-earlier.md")
            #expect(gitLog == found.entries.map(\.subject).joined(separator: "\n") + "\n")
        }
    }

    @Test func followsTheSideOfAMergeThatChangedTheRecord() throws {
        try AuthoringRepository.withFixture { kb in
            let eve = Contributor.cso
            try eve.commit(
                ["toolkit/methods/futures.md": methodText("futures", title: "Futures thinking")], on: "proposal",
                message: "Retitle futures", in: kb.root)
            try eve.commit(
                ["lessons/new-one.md": "---\nid: new-one\ntitle: T\nsummary: S.\ndate: 2020-01-01\nstatus: draft\nmethods: [futures]\n---\n"],
                on: "main", message: "Meanwhile on main", in: kb.root)
            try kb.git("merge", "-q", "--no-ff", "-m", "Merge proposal", "proposal")
            let found = try history("futures", kb)
            #expect(found.entries.map(\.subject) == ["Retitle futures", "fixture"])
            #expect(found.entries[0].fields.contains { $0.field == "title" && $0.new == "Futures thinking" })
        }
    }

    @Test func readsAnyRevisionAndReportsUnknownRecords() throws {
        try AuthoringRepository.withFixture { kb in
            try Contributor.cso.commit(["toolkit/methods/new-thing.md": methodText("new-thing")], on: "proposal", in: kb.root)
            #expect(try history("new-thing", kb, revision: "proposal").entries.count == 1)
            #expect(throws: QueryError.notFound("no record 'new-thing'")) { try history("new-thing", kb) }
            // A method's former id still names it, through the loaded knowledge base.
            #expect(try history("user-interviews", kb).record == "method:interviews")
        }
    }
}

import Foundation
import GitKit
import Testing

@testable import PolicyKit

/// Restriction follows the file; restricted ids and private stakeholders never reach an output.
@Suite struct RestrictionTests {
    static let laundered = """
        ---
        id: public-copy
        title: Public copy
        kind: report
        file: evidence/files/notes.txt
        sha256: 5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03
        access: public
        ---

        """

    @Test func publicEvidencePointingAtARestrictedFileIsAnError() throws {
        try Support.expectFindings(
            afterChanging: ["projects/alpha/evidence/public-copy.md": Self.laundered],
            [
                "projects/alpha/evidence/public-copy.md:5:7: error: 'file' is the file of restricted evidence alpha/field-notes "
                    + "(projects/alpha/evidence/field-notes.md): a file is restricted wherever it is referenced, so this evidence must be restricted too, or point at another file"
            ])
    }

    @Test func aCopyOfARestrictedFileUnderAnotherNameIsAnErrorToo() throws {
        let copy = Self.laundered.replacingOccurrences(of: "evidence/files/notes.txt", with: "evidence/files/copy.txt")
        let notes = try String(contentsOfFile: try Support.fixture("valid-kb") + "/projects/alpha/evidence/files/notes.txt", encoding: .utf8)
        let findings = try Support.findings(afterChanging: [
            "projects/alpha/evidence/public-copy.md": copy, "projects/alpha/evidence/files/copy.txt": notes,
        ])
        #expect(
            findings.contains {
                $0.hasPrefix("projects/alpha/evidence/public-copy.md:5:7: error: 'file' is the file of restricted evidence alpha/field-notes")
            }, "\(findings)")
    }

    @Test func aClaimCitingRestrictedEvidenceExportsNoneOfItsIds() throws {
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try Support.copyFixture("publish-kb", to: root)
            let path = root + "/projects/harbour/impact/timetable-changed.md"
            let claim = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(
                of: "evidence: [survey]", with: "evidence: [survey, interviews]")
            try Support.write(["projects/harbour/impact/timetable-changed.md": claim], under: root)
            let kb = try Support.load(root).knowledgeBase
            for format in [OpenDataExport.Format.json, .csv] {
                let text = try OpenDataExport.files(kb, format: format).values.joined()
                // ("street-interviews" is a method: the id alone, quoted or as a list item, is what must not appear.)
                #expect(!text.contains("\"interviews\"") && !text.contains("survey; interviews"), "the restricted id leaked in \(format)")
                #expect(text.contains(format == .json ? "\"survey\"" : ",survey,"))
            }
        }
    }

    @Test func aPrivateStakeholderWhoCommitsIsNotThankedInTheDigest() throws {
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try Support.copyFixture("publish-kb", to: root)
            let kb = try Support.load(root).knowledgeBase
            let hidden = try #require(kb.projects.flatMap(\.stakeholders).first { !$0.isPublic && $0.contact != nil })
            let head = try Support.commitEverything(in: root)
            let repository = try Repository.open(at: root)
            // A commit authored with the private stakeholder's contact e-mail, under another name.
            let author = Signature(name: "Quiet Contributor", email: try #require(hidden.contact), date: Date(), timeZoneOffsetMinutes: 0)
            let tree = try repository.commit(head).tree
            let commit = try repository.createCommit(tree: tree, parents: [head], author: author, committer: author, message: "A change\n")
            try repository.updateReference("refs/heads/main", to: commit, expecting: head, logMessage: "test")
            let activity = try PeriodActivity(repository: repository, head: commit, since: Day("2000-01-01")!, until: Day("2100-01-01")!, paths: [])
            #expect(activity.contributors.contains("Quiet Contributor"))
            var options = Publisher.Options()
            options.format = .markdown
            let digest = try Publisher(source: .directory(root), knowledgeBase: kb, options: options).digest(of: activity)
            #expect(!digest.contains("Quiet Contributor"), "\(digest)")
            #expect(!digest.contains(hidden.name))
        }
    }
}

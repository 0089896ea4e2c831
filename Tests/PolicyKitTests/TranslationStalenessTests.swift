import Foundation
import GitKit
import Testing

@testable import PolicyKit

/// Every staleness transition, through the write path and git: scaffold (current), edit the
/// source's text (stale, with what changed), mark current (current); structural edits leave it current.
@Suite struct TranslationStalenessTests {
    static let translation = "projects/alpha/project.fr.md"

    func bilingual(_ repository: AuthoringRepository) throws {
        try repository.write(try repository.read("policylab.yaml") + Bilingual.settingsLine, to: "policylab.yaml")
        try repository.git("commit", "-qam", "languages")
    }

    func state(_ repository: AuthoringRepository) throws -> TranslationState {
        let kb = try repository.knowledgeBase()
        let project = try #require(kb.project(rid("alpha")))
        return kb.translationState(of: .project(project), into: "fr")
    }

    func staleFinding(_ repository: AuthoringRepository) throws -> [String] {
        let outcome = try KnowledgeBaseLoader.load(from: .directory(repository.root))
        let findings = TranslationHistory.explaining(
            Validator.validate(outcome), in: outcome.knowledgeBase, gitDirectory: repository.repository.gitDirectory)
        return findings.filter { $0.path == Self.translation && $0.message.hasPrefix("stale") }.map(\.description)
    }

    @Test func editingTheSourceMakesItStaleAndMarkingItCurrentRefreshesIt() throws {
        try AuthoringRepository.withFixture { repository in
            try bilingual(repository)
            try repository.apply(TranslationChange(selector: RecordSelector(kind: .project, id: "alpha"), language: "fr", action: .scaffold))
            #expect(try repository.pathsOfLastCommit() == [Self.translation])
            #expect(try state(repository).status == .current)
            #expect(try state(repository).marked == ["title", "summary", "commissioner", "milestones.1.title", "body"])
            #expect(try state(repository).isTrustworthy == false, "a scaffold still to translate is not trustworthy")

            // A structural change (a due date, a status) leaves the translation current.
            let source = try repository.read(Bilingual.projectPath)
            try repository.write(
                source.replacingOccurrences(of: "status: active", with: "status: delivered")
                    .replacingOccurrences(of: "due: 2020-03-31", with: "due: 2020-04-30"), to: Bilingual.projectPath)
            try repository.git("commit", "-qam", "structural")
            #expect(try state(repository).status == .current)
            let structuralCommit = try #require(repository.head)

            // A change of text makes it stale, with the text that changed and the version it translates.
            try repository.write(
                try repository.read(Bilingual.projectPath)
                    .replacingOccurrences(of: "title: Publish the panel report", with: "title: Publish the panel report and its data"),
                to: Bilingual.projectPath)
            try repository.git("commit", "-qam", "text")
            #expect(try state(repository).status == .stale)
            let scaffoldCommit = try repository.git("log", "--format=%H", "-n1", "--", Self.translation).trimmingCharacters(
                in: .whitespacesAndNewlines)
            #expect(!scaffoldCommit.isEmpty)
            let translated = try #require(try repository.knowledgeBase().translations.first)
            let alpha = try #require(try repository.knowledgeBase().project(rid("alpha")))
            let head = try #require(repository.head)
            let found = try TranslationHistory.of(translated, current: .project(alpha), repository: repository.repository, from: head)
            let history = try #require(found)
            #expect(history.commit == structuralCommit.hex)
            #expect(history.changed == ["milestones.1.title"])
            #expect(history.commitsSince == 1)
            let digest = try #require(translated.translationOf)
            let now = try state(repository).sourceDigest
            #expect(
                try staleFinding(repository) == [
                    "\(Self.translation):2:17: warning: stale: \(Bilingual.projectPath) changed since this translation (translation_of \(digest.prefix(12)), now \(now.prefix(12))); "
                        + "it translates the version of \(structuralCommit.hex.prefix(7)) (\(history.date)); changed since: milestones.1.title"
                ])

            // After translating, marking it current makes it current again, in one commit of the translation only.
            try repository.apply(TranslationChange(selector: RecordSelector(kind: nil, id: "alpha"), language: "fr", action: .markCurrent))
            #expect(try repository.pathsOfLastCommit() == [Self.translation])
            #expect(try state(repository).status == .current)
            #expect(try state(repository).translationOf == now)
            #expect(try staleFinding(repository) == [])

            // Editing the source again: stale again.
            try repository.write(
                try repository.read(Bilingual.projectPath).replacingOccurrences(
                    of: "Buses in rural areas.", with: "Buses in rural areas, twice a day."),
                to: Bilingual.projectPath)
            try repository.git("commit", "-qam", "body")
            #expect(try state(repository).status == .stale)
        }
    }

    @Test func scaffoldAndMarkCurrentRefuseWhatTheyCannotDo() throws {
        try AuthoringRepository.withFixture { repository in
            #expect(throws: WriteError.usage("'fr' is not a translation language of this knowledge base (policylab.yaml: languages: [en])")) {
                try repository.apply(TranslationChange(selector: RecordSelector(kind: .project, id: "alpha"), language: "fr", action: .scaffold))
            }
            try bilingual(repository)
            #expect(throws: WriteError.usage("\(Self.translation) does not exist yet: scaffold it first")) {
                try repository.apply(TranslationChange(selector: RecordSelector(kind: .project, id: "alpha"), language: "fr", action: .markCurrent))
            }
            try repository.apply(TranslationChange(selector: RecordSelector(kind: .project, id: "alpha"), language: "fr", action: .scaffold))
            #expect(throws: WriteError.usage("\(Self.translation) already exists: translate it, then mark it current")) {
                try repository.apply(TranslationChange(selector: RecordSelector(kind: .project, id: "alpha"), language: "fr", action: .scaffold))
            }
        }
    }

    @Test func aVersionThatNeverExistedIsSaidSo() throws {
        try AuthoringRepository.withFixture { repository in
            try bilingual(repository)
            try repository.write(
                Bilingual.claim("Le conseil a modifié 2 horaires.", digest: String(repeating: "0", count: 64)), to: Bilingual.claimTranslation)
            try repository.git("add", "-A")
            try repository.git("commit", "-qm", "translation")
            let outcome = try KnowledgeBaseLoader.load(from: .directory(repository.root))
            let findings = TranslationHistory.explaining(
                Validator.validate(outcome), in: outcome.knowledgeBase, gitDirectory: repository.repository.gitDirectory)
            let stale = findings.filter { $0.path == Bilingual.claimTranslation && $0.message.hasPrefix("stale") }.map(\.message)
            #expect(stale.count == 1)
            #expect(stale.first?.hasSuffix("; no committed version of the source has that translation_of") == true, "\(stale)")
        }
    }
}

import Foundation
import GitKit
import Testing

@testable import PolicyKit

/// Reading a knowledge base from a folder or a git revision: the layout, symbolic links and
/// special files, and the shipped starter knowledge base.
@Suite struct LoaderTests {
    static let symlinkMessage = "symbolic link is not followed (store the file itself in the repository)"

    @Test func shippedKnowledgeBaseHasNoErrors() throws {
        #expect(FileManager.default.fileExists(atPath: Support.packageRoot + "/policylab.yaml"))
        let outcome = try Support.load(Support.packageRoot, keepBodies: false)
        let findings = Validator.validate(outcome)
        #expect(findings.filter { $0.severity == .error }.map(\.description) == [])
        #expect(outcome.knowledgeBase.methods.count > 10)
        #expect(outcome.knowledgeBase.projects.count >= 4)
        #expect(outcome.knowledgeBase.lessons.count > 5)
    }

    @Test func symbolicLinksAreReportedAndNeverFollowed() throws {
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try Support.copyFixture("valid-kb", to: root)
            // A valid record outside the knowledge base: following any link would bring it in.
            try Support.write(Array(Support.method(id: "outside").utf8), to: dir + "/outside/outside.md")
            let links = [
                "toolkit/methods/x.md": "/etc/passwd",
                "toolkit/methods/outside.md": dir + "/outside/outside.md",
                "projects/evil": dir + "/outside",
                "lessons/linked.md": "../toolkit/methods/interviews.md",
            ]
            for (path, target) in links {
                try FileManager.default.createSymbolicLink(atPath: root + "/" + path, withDestinationPath: target)
            }
            let outcome = try Support.load(root)
            #expect(
                Validator.validate(outcome).map(\.description) == [
                    "lessons/linked.md: error: \(Self.symlinkMessage)",
                    "projects/evil: error: \(Self.symlinkMessage)",
                    "toolkit/methods/outside.md: error: \(Self.symlinkMessage)",
                    "toolkit/methods/x.md: error: \(Self.symlinkMessage)",
                ])
            #expect(outcome.knowledgeBase.recordCount == 11)
            #expect(outcome.knowledgeBase.method(try #require(RecordID("outside"))) == nil)
        }
    }

    @Test func symbolicLinksAtTheTopAreReportedToo() throws {
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try Support.copyFixture("valid-kb", to: root)
            try FileManager.default.moveItem(atPath: root + "/lessons", toPath: dir + "/real-lessons")
            try FileManager.default.createSymbolicLink(atPath: root + "/lessons", withDestinationPath: dir + "/real-lessons")
            try FileManager.default.removeItem(atPath: root + "/policylab.yaml")
            try FileManager.default.createSymbolicLink(atPath: root + "/policylab.yaml", withDestinationPath: "/etc/passwd")
            let outcome = try Support.load(root)
            #expect(
                Validator.validate(outcome).map(\.description) == [
                    "lessons: error: \(Self.symlinkMessage)",
                    "policylab.yaml: warning: no policylab.yaml: using the default settings",
                    "policylab.yaml: error: \(Self.symlinkMessage)",
                ])
            #expect(outcome.knowledgeBase.lessons.isEmpty)
        }
    }

    @Test func specialFilesAreReportedWithoutBeingOpened() throws {
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try Support.copyFixture("valid-kb", to: root)
            // Opening a FIFO for reading would block until a writer comes: the test would hang.
            #expect(mkfifo(root + "/toolkit/methods/pipe.md", 0o644) == 0)
            try Support.expectCheck(root, ["toolkit/methods/pipe.md: error: not a regular file"])
        }
    }

    @Test func filesOutsideTheLayout() throws {
        try Support.expectFindings(
            afterChanging: [
                "toolkit/notes.txt": "notes",
                "toolkit/methods/README.md": "# Methods",
                "toolkit/methods/.hidden.md": "x",
                "lessons/2020/old.md": "x",
                "projects/alpha/minutes.md": "x",
                "README.md": "# KB",
                "site/index.html": "<html>",
            ],
            [
                "lessons/2020/old.md: warning: not read: this file does not fit the layout (expected lessons/<id>.md)",
                "projects/alpha/minutes.md: warning: not read: this file does not fit the layout (expected projects/<id>/project.md, projects/<id>/evidence/<id>.md, projects/<id>/impact/<id>.md or projects/<id>/evidence/files/...)",
                "toolkit/notes.txt: warning: not read: this file does not fit the layout (expected toolkit/methods/<id>.md)",
            ])
    }

    @Test func missingSettingsAndNotAKnowledgeBase() throws {
        try Support.expectFindings(
            afterChanging: ["policylab.yaml": nil],
            [
                "policylab.yaml: warning: no policylab.yaml: using the default settings"
            ])
        try Support.withTemporaryDirectory { dir in
            try Support.write(["docs/readme.md": "hello"], under: dir)
            #expect(
                throws: LoadError.notAKnowledgeBase(
                    "not a policylab knowledge base: no policylab.yaml, toolkit/, projects/ or lessons/ (run 'policylab init' to create one)")
            ) {
                try Support.load(dir)
            }
            #expect(
                throws: LoadError.notAKnowledgeBase(
                    "not a policylab knowledge base: '\(dir)/docs' is in no git repository and no folder above it has a policylab.yaml (run 'policylab init')"
                )
            ) {
                try KnowledgeBaseLocation.locate(from: dir + "/docs")
            }
            #expect(throws: LoadError.notAKnowledgeBase("cannot use '\(dir)/nowhere': no such folder")) {
                try KnowledgeBaseLocation.locate(from: dir + "/nowhere")
            }
        }
    }

    @Test func locatingAPlainFolderFromInsideIt() throws {
        try Support.withTemporaryDirectory { dir in
            try Support.copyFixture("valid-kb", to: dir + "/kb")
            let location = try KnowledgeBaseLocation.locate(from: dir + "/kb/projects/alpha/evidence")
            #expect(location.workingDirectory == dir + "/kb")
            #expect(location.gitDirectory == nil)
            #expect(try location.source(revision: nil) == .directory(dir + "/kb"))
            #expect(throws: LoadError.revisionWithoutRepository(folder: dir + "/kb")) {
                try location.source(revision: "main")
            }
        }
    }

    @Test func revisionGivesTheSameRecordsAsTheWorkingTree() throws {
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try Support.copyFixture("valid-kb", to: root)
            let commit = try Support.commitEverything(in: root)
            let location = try KnowledgeBaseLocation.locate(from: root + "/toolkit")
            #expect(location.workingDirectory == root)
            let fromTree = try KnowledgeBaseLoader.load(from: location.source(revision: nil))
            let fromGit = try KnowledgeBaseLoader.load(from: location.source(revision: "main"))
            #expect(try location.source(revision: "main") == .revision(gitDirectory: root + "/.git", commit: commit))
            #expect(fromGit.knowledgeBase.recordCount == 11)
            #expect(fromGit.knowledgeBase.methods == fromTree.knowledgeBase.methods)
            #expect(fromGit.knowledgeBase.projects == fromTree.knowledgeBase.projects)
            #expect(fromGit.knowledgeBase.evidence == fromTree.knowledgeBase.evidence)
            #expect(fromGit.knowledgeBase.claims == fromTree.knowledgeBase.claims)
            #expect(fromGit.knowledgeBase.lessons == fromTree.knowledgeBase.lessons)
            #expect(fromGit.knowledgeBase.settings == fromTree.knowledgeBase.settings)
            #expect(
                fromGit.knowledgeBase.evidenceFileDigests == [
                    "projects/alpha/evidence/files/notes.txt": "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03"
                ])
            #expect(fromGit.knowledgeBase.evidenceFileDigests == fromTree.knowledgeBase.evidenceFileDigests)
            #expect(Validator.validate(fromGit).map(\.description) == [])
        }
    }

    @Test func olderRevisionIsReadWithoutTouchingTheWorkingTree() throws {
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try Support.copyFixture("valid-kb", to: root)
            let first = try Support.commitEverything(in: root)
            let futures = root + "/toolkit/methods/futures.md"
            try Support.write(Array(Support.method("cost: cheap\n", id: "futures").utf8), to: futures)
            let second = try Support.commitEverything(in: root, message: "break futures\n")
            // An uncommitted change is not in any revision.
            try FileManager.default.removeItem(atPath: root + "/lessons/start-early.md")

            let location = try KnowledgeBaseLocation.locate(from: root)
            let old = try KnowledgeBaseLoader.load(from: location.source(revision: first.hex))
            #expect(Validator.validate(old).map(\.description) == [])
            #expect(old.knowledgeBase.lessons.count == 2)
            let head = try KnowledgeBaseLoader.load(from: location.source(revision: "main"))
            #expect(
                Validator.validate(head).map(\.description) == [
                    "toolkit/methods/futures.md:7:7: error: unknown cost 'cheap' (expected low, medium, high)"
                ])
            #expect(try location.source(revision: "main~1") == .revision(gitDirectory: root + "/.git", commit: first))
            #expect(try location.source(revision: "HEAD") == .revision(gitDirectory: root + "/.git", commit: second))
            let tree = try Support.load(root)
            #expect(tree.knowledgeBase.lessons.count == 1)
            #expect(try String(contentsOfFile: futures, encoding: .utf8).contains("cost: cheap"))
        }
    }

    @Test func symbolicLinksInARevisionAreReportedAndNotRead() throws {
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try Support.copyFixture("valid-kb", to: root)
            try FileManager.default.createSymbolicLink(atPath: root + "/toolkit/methods/x.md", withDestinationPath: "/etc/passwd")
            try FileManager.default.createSymbolicLink(atPath: root + "/projects/evil", withDestinationPath: "/etc")
            try FileManager.default.removeItem(atPath: root + "/lessons")
            try FileManager.default.createSymbolicLink(atPath: root + "/lessons", withDestinationPath: "toolkit/methods")
            try Support.git(["init", "-q", "-b", "main"], in: root)
            try Support.git(["add", "-A"], in: root)
            try Support.git(["commit", "-q", "-m", "links"], in: root)
            let location = try KnowledgeBaseLocation.locate(from: root)
            let outcome = try KnowledgeBaseLoader.load(from: location.source(revision: "HEAD"))
            #expect(
                Validator.validate(outcome).map(\.description) == [
                    "lessons: error: \(Self.symlinkMessage)",
                    "projects/evil: error: \(Self.symlinkMessage)",
                    "toolkit/methods/x.md: error: \(Self.symlinkMessage)",
                ])
            #expect(outcome.knowledgeBase.recordCount == 9)
        }
    }

    @Test func bareRepositoryReadsHead() throws {
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try Support.copyFixture("valid-kb", to: root)
            let commit = try Support.commitEverything(in: root)
            try Support.git(["clone", "-q", "--bare", root, dir + "/kb.git"], in: dir)
            let location = try KnowledgeBaseLocation.locate(from: dir + "/kb.git")
            #expect(location.workingDirectory == nil)
            #expect(try location.source(revision: nil) == .revision(gitDirectory: dir + "/kb.git", commit: commit))
            let outcome = try KnowledgeBaseLoader.load(from: location.source(revision: nil))
            #expect(outcome.knowledgeBase.recordCount == 11)
            #expect(Validator.validate(outcome).map(\.description) == [])
        }
    }

    @Test func repositoryWithoutCommits() throws {
        try Support.withTemporaryDirectory { dir in
            _ = try Repository.create(at: dir + "/empty.git", bare: true)
            let location = try KnowledgeBaseLocation.locate(from: dir + "/empty.git")
            #expect(throws: LoadError.notAKnowledgeBase("the repository has no commits yet")) {
                try location.source(revision: nil)
            }
        }
    }
}

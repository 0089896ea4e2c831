import Foundation
import GitKit
import Testing

@testable import PolicyKit

@Suite("Authoring: one validated commit per change")
struct AuthoringTests {
    @Test func newMethodIsOneCommitWithOnlyItsFile() throws {
        try AuthoringRepository.withFixture { (kb) throws in
            let before = try #require(kb.head)
            var change = NewMethod(
                id: Slug.make(from: "Citizens' jury")!, title: "Citizens' jury",
                summary: "A small group hears evidence and recommends.", phases: [.define, .develop])
            change.related = [rid("interviews")]
            change.level = [.involve]
            let outcome = try kb.apply(change)
            #expect(outcome.path == "toolkit/methods/citizens-jury.md")
            let commit = try kb.repository.commit(try #require(outcome.commit))
            #expect(commit.parents == [before])
            #expect(commit.summary == "method: add citizens-jury")
            #expect(commit.message.contains("\n\nPolicylab-Command: method new\nPolicylab-Record: method:citizens-jury\n"))
            #expect(try kb.pathsOfLastCommit() == ["toolkit/methods/citizens-jury.md"])
            #expect(try kb.git("status", "--porcelain") == "")
            _ = try kb.git("fsck", "--strict")
            let method = try #require(kb.knowledgeBase().method(rid("citizens-jury")))
            #expect(method.title == "Citizens' jury")
            #expect(method.phases == [.define, .develop])
            #expect(method.status == .draft)
            #expect(method.level.map(\.value) == [.involve])
            let text = try kb.read("toolkit/methods/citizens-jury.md")
            #expect(text.contains("\nlevel: involve\n"), "one level is written as a word")
            #expect(text.contains("## Things to watch\n\n## Considerations in government\n\n## Examples\n"), "\(text)")
        }
    }

    @Test func theUsersOtherWorkIsNeitherCommittedNorTouched() throws {
        try AuthoringRepository.withFixture { (kb) throws in
            try kb.write("edited by hand, not staged\n", to: "lessons/start-early.md")
            try kb.write("a staged draft\n", to: "notes.md")
            _ = try kb.git("add", "notes.md")
            let statusBefore = try kb.git("status", "--porcelain")
            try kb.apply(
                NewLesson(
                    id: rid("panels-need-time"), title: "Panels need time",
                    summary: "Allow three months."
                ).with { $0.projects = [rid("alpha")] })
            #expect(try kb.pathsOfLastCommit() == ["lessons/panels-need-time.md"])
            #expect(try kb.git("status", "--porcelain") == statusBefore)
            #expect(try kb.read("lessons/start-early.md") == "edited by hand, not staged\n")
            #expect(try kb.git("show", ":notes.md") == "a staged draft\n")
        }
    }

    @Test func anInvalidChangeWritesNothing() throws {
        try AuthoringRepository.withFixture { (kb) throws in
            let before = kb.head
            var change = NewProject(id: rid("gamma"), title: "Gamma", summary: "A project.", commissioner: "HM Treasury")
            change.methods = [rid("interveiws")]
            #expect(
                throws: WriteError.usage("\(input: .methods): no method 'interveiws' (did you mean 'interviews'?) (see 'policylab list methods')")
            ) {
                try kb.apply(change)
            }
            // A change the rules refuse: an OGP commitment id that is not one.
            var invalid = NewProject(id: rid("gamma"), title: "Gamma", summary: "A project.", commissioner: "HM Treasury")
            invalid.ogpCommitment = "not-an-id"
            #expect(
                throws: WriteError.invalid([
                    Finding.error(
                        "'ogp_commitment' should be an OGP commitment id such as 'UK0092', not 'not-an-id'",
                        in: "projects/gamma/project.md", at: SourcePosition(line: 8, column: 17))
                ])
            ) {
                try kb.apply(invalid)
            }
            #expect(kb.head == before)
            #expect(!FileManager.default.fileExists(atPath: kb.root + "/projects/gamma"))
            #expect(try kb.git("status", "--porcelain") == "")
        }
    }

    @Test func anIdInUseIsRefusedWithAFreeOne() throws {
        try AuthoringRepository.withFixture { (kb) throws in
            let change = NewProject(id: rid("alpha"), title: "Alpha", summary: "Again.", commissioner: "DfT")
            #expect(
                throws: WriteError.usage(
                    "id 'alpha' is already used by projects/alpha/project.md; choose another with \(input: .id) (for example \(input: .id) alpha-2)")
            ) {
                try kb.apply(change)
            }
        }
    }

    @Test func aFileWithUncommittedChangesIsNotOverwritten() throws {
        try AuthoringRepository.withFixture { (kb) throws in
            let edited = try kb.read("projects/alpha/project.md").replacingOccurrences(of: "Buses", with: "Trains")
            try kb.write(edited, to: "projects/alpha/project.md")
            var change = ProjectUpdate(project: rid("alpha"))
            change.status = .delivered
            #expect(
                throws: WriteError.refused(
                    "projects/alpha/project.md has uncommitted changes; commit, stash or move it first, so that nothing of yours is overwritten")
            ) {
                try kb.apply(change)
            }
            #expect(try kb.read("projects/alpha/project.md") == edited)
        }
    }

    @Test func dryRunAndNoCommitWriteNoCommit() throws {
        try AuthoringRepository.withFixture { (kb) throws in
            let before = kb.head
            let change = NewLesson(id: rid("dry"), title: "Dry", summary: "Run.").with { $0.methods = [rid("workshops")] }
            let dry = try kb.apply(change, mode: .dryRun)
            #expect(dry.commit == nil)
            #expect(dry.changes.keys.sorted() == ["lessons/dry.md"])
            #expect(!FileManager.default.fileExists(atPath: kb.root + "/lessons/dry.md"))
            let written = try kb.apply(change, mode: .noCommit)
            #expect(written.commit == nil)
            #expect(kb.head == before)
            #expect(try kb.git("status", "--porcelain") == "?? lessons/dry.md\n")
        }
    }

    @Test func worksOnAnUnbornBranchAndOnABareRepository() throws {
        try Support.withTemporaryDirectory { (dir) throws in
            for bare in [false, true] {
                let repository = try Repository.create(at: dir + (bare ? "/bare.git" : "/new"), bare: bare)
                let change = NewMethod(id: rid("ethnography"), title: "Ethnography", summary: "Watch and listen.", phases: [.discover])
                let outcome = try Authoring(repository: repository).apply(change, author: Support.author, mode: .commit)
                let commit = try repository.commit(try #require(outcome.commit))
                #expect(commit.parents.isEmpty)
                #expect(try repository.referenceTarget("refs/heads/main") == commit.id)
                _ = try Support.git(["fsck", "--strict"], in: repository.gitDirectory)
                if !bare { #expect(FileManager.default.fileExists(atPath: dir + "/new/toolkit/methods/ethnography.md")) }
            }
            #expect(!FileManager.default.fileExists(atPath: dir + "/bare.git/toolkit"))
        }
    }

    @Test func aDetachedHeadIsRefused() throws {
        try AuthoringRepository.withFixture { (kb) throws in
            _ = try kb.git("checkout", "-q", "--detach")
            let tip = try #require(kb.head)
            let change = NewMethod(id: rid("x"), title: "X", summary: "Y.", phases: [.discover])
            #expect(
                throws: WriteError.detachedHead(
                    "HEAD is detached at \(tip.short): switch to a branch first (git switch main), so that the commit has a branch to go on")
            ) {
                try kb.apply(change)
            }
        }
    }

    @Test func aLeftoverLockIsNamed() throws {
        try AuthoringRepository.withFixture { (kb) throws in
            let lock = kb.repository.gitDirectory + "/refs/heads/main.lock"
            #expect(FileManager.default.createFile(atPath: lock, contents: Data()))
            let change = NewMethod(id: rid("x"), title: "X", summary: "Y.", phases: [.discover])
            do {
                try kb.apply(change)
                Issue.record("the write should have been refused")
            } catch let error as WriteError {
                guard case .locked(let message) = error else { Issue.record("unexpected \(error)"); return }
                #expect(message.contains(lock))
                #expect(message.contains("if none is running, a crashed one left the lock behind: remove that .lock file and try again"))
            }
            #expect(!FileManager.default.fileExists(atPath: kb.root + "/toolkit/methods/x.md"))
        }
    }

    @Test func concurrentWritersAllLand() throws {
        try AuthoringRepository.withFixture { (kb) throws in
            let before = try #require(kb.head)
            let root = kb.root
            let failures = Failures()
            DispatchQueue.concurrentPerform(iterations: 8) { index in
                do {
                    let repository = try Repository.open(at: root)
                    guard let id = RecordID("method-\(index)") else { return }
                    let change = NewMethod(id: id, title: "Method \(index)", summary: "Number \(index).", phases: [.discover])
                    _ = try Authoring(repository: repository).apply(change, author: Support.author, mode: .commit)
                } catch {
                    failures.add("\(index): \(error)")
                }
            }
            #expect(failures.all == [])
            let log = try kb.git("log", "--format=%s", "\(before.hex)..main").split(separator: "\n")
            #expect(log.count == 8)
            #expect(Set(log) == Set((0..<8).map { "method: add method-\($0)" }))
            _ = try kb.git("fsck", "--strict")
            #expect(try kb.git("status", "--porcelain") == "")
        }
    }
}

/// Errors collected from concurrent workers.
final class Failures: @unchecked Sendable {
    private var items: [String] = []
    private let lock = NSLock()
    func add(_ item: String) { lock.withLock { items.append(item) } }
    var all: [String] { lock.withLock { items } }
}

extension RecordChange {
    /// A copy changed by `edit`, to set optional fields inline.
    func with(_ edit: (inout Self) throws -> Void) rethrows -> Self {
        var copy = self
        try edit(&copy)
        return copy
    }
}

import Foundation
import GitKit
import Testing

@testable import PolicyKit

/// A repository holding the `valid-kb` fixture, committed on `main`, for the authoring tests.
struct AuthoringRepository {
    let root: String
    let repository: Repository

    /// Runs `body` with a fresh repository whose `main` holds the `valid-kb` fixture.
    static func withFixture<T>(_ body: (AuthoringRepository) throws -> T) throws -> T {
        try Support.withTemporaryDirectory { dir in
            let root = dir + "/kb"
            try Support.copyFixture("valid-kb", to: root)
            try Support.commitEverything(in: root)
            // The fixture was committed through an in-memory index: make .git/index match HEAD, as a clone would.
            try Support.git(["reset", "-q"], in: root)
            return try body(AuthoringRepository(root: root, repository: try Repository.open(at: root)))
        }
    }

    @discardableResult
    func apply(_ change: some RecordChange, mode: CommitWriter.Mode = .commit) throws -> Authoring.Outcome {
        try Authoring(repository: repository).apply(change, author: Support.author, mode: mode)
    }

    var head: ObjectID? { try? repository.referenceTarget("refs/heads/main") }

    @discardableResult
    func git(_ arguments: String...) throws -> String { try Support.git(arguments, in: root) }

    func read(_ path: String) throws -> String {
        try String(contentsOfFile: root + "/" + path, encoding: .utf8)
    }

    func write(_ text: String, to path: String) throws {
        try Support.write(Array(text.utf8), to: root + "/" + path)
    }

    /// The paths the last commit changed, as `git show` lists them.
    func pathsOfLastCommit() throws -> [String] {
        try git("show", "--name-only", "--format=", "HEAD").split(separator: "\n").map(String.init)
    }

    /// The knowledge base at the branch tip.
    func knowledgeBase() throws -> KnowledgeBase {
        let tip = try #require(head)
        return try KnowledgeBaseLoader.load(from: .revision(gitDirectory: repository.gitDirectory, commit: tip)).knowledgeBase
    }
}

/// A record id from a literal the test knows is valid.
func rid(_ text: String) -> RecordID {
    guard let id = RecordID(text) else { fatalError("'\(text)' is not a valid id") }
    return id
}

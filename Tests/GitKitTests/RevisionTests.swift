import Foundation
import GitKit
import Testing

@Suite struct RevisionTests {
    @Test func resolvesRevisionsToCommits() throws {
        try Support.withTemporaryDirectory { dir in
            let repository = try Repository.create(at: dir)
            let first = try Support.commit(repository, ["a.md": "1"])
            let second = try Support.commit(repository, ["a.md": "2"], parents: [first])
            try repository.updateReference("refs/heads/main", to: second, expecting: nil, logMessage: "create")
            try Support.git(["tag", "-a", "-m", "release", "v1", first.hex], in: dir)
            #expect(try repository.resolveCommit("main") == second)
            #expect(try repository.resolveCommit("HEAD") == second)
            #expect(try repository.resolveCommit("HEAD~1") == first)
            #expect(try repository.resolveCommit("main^") == first)
            #expect(try repository.resolveCommit(String(second.hex.prefix(10))) == second)
            #expect(try repository.resolveCommit(second.hex.uppercased()) == second)
            #expect(try repository.resolveCommit("v1") == first, "annotated tag peeled")
            #expect(try repository.resolveCommit("refs/tags/v1") == first)
        }
    }

    @Test func namesTheRevisionThatDoesNotResolve() throws {
        try Support.withTemporaryDirectory { dir in
            let repository = try Repository.create(at: dir)
            func failure(_ revision: String) -> GitError? {
                Support.gitError { _ = try repository.resolveCommit(revision) }
            }
            #expect(
                failure("HEAD")?.description
                    == "git_revparse_single failed: cannot resolve revision 'HEAD' to a commit: revspec 'HEAD' not found")
            let first = try Support.commit(repository, ["a.md": "1"])
            try repository.updateReference("refs/heads/main", to: first, expecting: nil, logMessage: "create")
            #expect(failure("garbage")?.code == .notFound)
            #expect(
                failure("garbage")?.description
                    == "git_revparse_single failed: cannot resolve revision 'garbage' to a commit: revspec 'garbage' not found")
            #expect(
                failure("HEAD~5")?.description
                    == "git_revparse_single failed: cannot resolve revision 'HEAD~5' to a commit: parent 0 does not exist")
            #expect(
                failure("HEAD^{tree}")?.description
                    == "git_object_peel failed: cannot resolve revision 'HEAD^{tree}' to a commit: it names a tree")
            #expect(
                failure("main:a.md")?.description
                    == "git_object_peel failed: cannot resolve revision 'main:a.md' to a commit: it names a blob")
            #expect(
                failure("")?.description
                    == "git_revparse_single failed: cannot resolve revision '' to a commit: "
                    + "failed to parse revision specifier - Invalid pattern ''")
            #expect(failure("HEAD^{tree}")?.code == .notFound)
        }
    }
}

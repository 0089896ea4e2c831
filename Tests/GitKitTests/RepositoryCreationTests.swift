import Foundation
import GitKit
import Testing

@Suite struct RepositoryCreationTests {
    @Test func createsNonBareRepositoryWithUnbornMain() throws {
        try Support.withTemporaryDirectory { dir in
            let repository = try Repository.create(at: dir + "/work")
            #expect(repository.gitDirectory == dir + "/work/.git")
            #expect(repository.workingDirectory == dir + "/work")
            #expect(!repository.isBare)
            #expect(try repository.head() == .branch(name: "refs/heads/main", tip: nil))
            #expect(try Support.git(["symbolic-ref", "HEAD"], in: dir + "/work") == "refs/heads/main\n")
        }
    }

    @Test func createsBareRepositoryWithChosenBranch() throws {
        try Support.withTemporaryDirectory { dir in
            let repository = try Repository.create(at: dir + "/kb.git", bare: true, initialBranch: "trunk")
            #expect(repository.gitDirectory == dir + "/kb.git")
            #expect(repository.workingDirectory == nil)
            #expect(repository.isBare)
            #expect(try repository.head() == .branch(name: "refs/heads/trunk", tip: nil))
            #expect(try Support.git(["rev-parse", "--is-bare-repository"], in: dir + "/kb.git") == "true\n")
        }
    }

    @Test func refusesToCreateOverAnExistingRepository() throws {
        try Support.withTemporaryDirectory { dir in
            _ = try Repository.create(at: dir)
            let error = Support.gitError { _ = try Repository.create(at: dir) }
            #expect(error?.code == .exists)
            #expect(
                error?.description
                    == "git_repository_init_ext failed: attempt to reinitialize '\(dir)'")
        }
    }

    @Test func rejectsAnInvalidInitialBranch() throws {
        try Support.withTemporaryDirectory { dir in
            let error = Support.gitError { _ = try Repository.create(at: dir, initialBranch: "a..b") }
            #expect(error?.code == .invalidSpec)
            #expect(
                error?.description
                    == "git_repository_init_ext failed: 'refs/heads/a..b' is not a valid reference name")
        }
    }

    @Test func opensExactlyTheGivenPath() throws {
        try Support.withTemporaryDirectory { dir in
            _ = try Repository.create(at: dir)
            try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
            #expect(try Repository.open(at: dir).workingDirectory == dir)
            #expect(try Repository.open(at: dir + "/.git").workingDirectory == dir)
            let error = Support.gitError { _ = try Repository.open(at: dir + "/sub") }
            #expect(error?.code == .notFound)
            #expect(
                error?.description
                    == "git_repository_open_ext failed: could not find repository from '\(dir)/sub'")
        }
    }

    @Test func opensABareRepository() throws {
        try Support.withTemporaryDirectory { dir in
            try Support.git(["init", "--bare", "-q", "kb.git"], in: dir)
            let repository = try Repository.open(at: dir + "/kb.git")
            #expect(repository.isBare)
            #expect(repository.gitDirectory == dir + "/kb.git")
        }
    }
}

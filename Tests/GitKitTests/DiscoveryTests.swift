import Foundation
import GitKit
import Testing

/// Discovery reads `$GIT_DIR`, which these tests set: they run one at a time, and no
/// other suite calls `discover`.
@Suite(.serialized) struct DiscoveryTests {
    @Test func discoversFromASubdirectory() throws {
        try Support.withTemporaryDirectory { dir in
            _ = try Repository.create(at: dir + "/kb")
            try FileManager.default.createDirectory(atPath: dir + "/kb/a/b", withIntermediateDirectories: true)
            let repository = try Repository.discover(startingAt: dir + "/kb/a/b")
            #expect(repository.workingDirectory == dir + "/kb")
            #expect(repository.gitDirectory == dir + "/kb/.git")
        }
    }

    @Test func discoversABareRepositoryFromInside() throws {
        try Support.withTemporaryDirectory { dir in
            _ = try Repository.create(at: dir + "/kb.git", bare: true)
            let repository = try Repository.discover(startingAt: dir + "/kb.git/refs/heads")
            #expect(repository.isBare)
            #expect(repository.gitDirectory == dir + "/kb.git")
        }
    }

    @Test func failsOutsideAnyRepository() throws {
        try Support.withTemporaryDirectory { dir in
            // The temporary directory lies outside every repository on this machine.
            let error = Support.gitError { _ = try Repository.discover(startingAt: dir) }
            #expect(error?.code == .notFound)
            #expect(error?.description == "git_repository_open_ext failed: could not find repository from '\(dir)'")
        }
    }

    @Test func honoursGitDir() throws {
        try Support.withTemporaryDirectory { dir in
            _ = try Repository.create(at: dir + "/here")
            _ = try Repository.create(at: dir + "/elsewhere.git", bare: true)
            setenv("GIT_DIR", dir + "/elsewhere.git", 1)
            defer { unsetenv("GIT_DIR") }
            let repository = try Repository.discover(startingAt: dir + "/here")
            #expect(repository.gitDirectory == dir + "/elsewhere.git")
        }
    }
}

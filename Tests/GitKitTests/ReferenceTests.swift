import Foundation
import GitKit
import Testing

@Suite struct ReferenceTests {
    @Test func compareAndSwapMovesTheReference() throws {
        try Support.withTemporaryDirectory { dir in
            let repository = try Repository.create(at: dir)
            let first = try Support.commit(repository, ["a.md": "1"])
            let second = try Support.commit(repository, ["a.md": "2"], parents: [first])
            #expect(try repository.referenceTarget("refs/heads/main") == nil)
            try repository.updateReference("refs/heads/main", to: first, expecting: nil, logMessage: "create")
            #expect(try repository.head() == .branch(name: "refs/heads/main", tip: first))
            try repository.updateReference("refs/heads/main", to: second, expecting: first, logMessage: "advance")
            #expect(try repository.referenceTarget("refs/heads/main") == second)
            #expect(try repository.referenceTarget("HEAD") == second)
            let reflog = try Support.git(["reflog", "--format=%gs", "refs/heads/main"], in: dir)
            #expect(reflog == "advance\ncreate\n")
        }
    }

    @Test func compareAndSwapFailsWhenTheReferenceMoved() throws {
        try Support.withTemporaryDirectory { dir in
            let repository = try Repository.create(at: dir)
            let first = try Support.commit(repository, ["a.md": "1"])
            let second = try Support.commit(repository, ["a.md": "2"], parents: [first])
            try repository.updateReference("refs/heads/main", to: second, expecting: nil, logMessage: "create")

            let stale = Support.gitError {
                try repository.updateReference("refs/heads/main", to: first, expecting: first, logMessage: "x")
            }
            #expect(stale?.code == .modified)
            #expect(
                stale?.description == "git_reference_create_matching failed: reference 'refs/heads/main' is at "
                    + "\(second.hex), expected \(first.hex)")

            let exists = Support.gitError {
                try repository.updateReference("refs/heads/main", to: first, expecting: nil, logMessage: "x")
            }
            #expect(exists?.code == .modified)
            #expect(
                exists?.description == "git_reference_create failed: reference 'refs/heads/main' is at "
                    + "\(second.hex), expected it not to exist")

            let absent = Support.gitError {
                try repository.updateReference("refs/heads/other", to: first, expecting: second, logMessage: "x")
            }
            #expect(absent?.code == .modified)
            #expect(
                absent?.description == "git_reference_create_matching failed: reference 'refs/heads/other' is at "
                    + "nothing (it does not exist), expected \(second.hex)")
            #expect(try repository.referenceTarget("refs/heads/main") == second)
        }
    }

    @Test func refusesATargetThatIsNotInTheRepository() throws {
        try Support.withTemporaryDirectory { dir in
            let repository = try Repository.create(at: dir)
            let missing = try #require(ObjectID(hex: String(repeating: "ab", count: 20)))
            let error = Support.gitError {
                try repository.updateReference("refs/heads/main", to: missing, expecting: nil, logMessage: "x")
            }
            #expect(error?.code == .other(-1))
            #expect(
                error?.description
                    == "git_reference_create failed: target OID for the reference doesn't exist on the repository")
        }
    }

    @Test func reportsALockedReference() throws {
        try Support.withTemporaryDirectory { dir in
            let repository = try Repository.create(at: dir)
            let first = try Support.commit(repository, ["a.md": "1"])
            try repository.updateReference("refs/heads/main", to: first, expecting: nil, logMessage: "create")
            let second = try Support.commit(repository, ["a.md": "2"], parents: [first])
            try Support.write("", to: dir + "/.git/refs/heads/main.lock")
            let error = Support.gitError {
                try repository.updateReference("refs/heads/main", to: second, expecting: first, logMessage: "x")
            }
            #expect(error?.code == .locked)
            #expect(
                error?.description == "git_reference_create_matching failed: failed to lock file "
                    + "'\(dir)/.git/refs/heads/main.lock' for writing")
            #expect(try repository.referenceTarget("refs/heads/main") == first)
        }
    }

    @Test func readsADetachedHead() throws {
        try Support.withTemporaryDirectory { dir in
            let repository = try Repository.create(at: dir)
            let first = try Support.commit(repository, ["a.md": "1"])
            try repository.updateReference("refs/heads/main", to: first, expecting: nil, logMessage: "create")
            try Support.git(["checkout", "-q", "--detach", "main"], in: dir)
            #expect(try repository.head() == .detached(first))
            #expect(try repository.head().commit == first)
        }
    }

    @Test func rejectsInvalidReferenceNames() throws {
        try Support.withTemporaryDirectory { dir in
            let repository = try Repository.create(at: dir)
            let first = try Support.commit(repository, ["a.md": "1"])
            let error = Support.gitError {
                try repository.updateReference("refs/heads/a..b", to: first, expecting: nil, logMessage: "x")
            }
            #expect(error?.code == .invalidSpec)
            #expect(
                error?.description
                    == "git_reference_create failed: the given reference name 'refs/heads/a..b' is not valid")
            #expect(
                Support.gitError { _ = try repository.referenceTarget("bad..name") }?.description
                    == "git_reference_name_to_id failed: the given reference name 'bad..name' is not valid")
        }
    }
}

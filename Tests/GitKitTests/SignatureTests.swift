import Foundation
@testable import GitKit
import Testing

@Suite struct SignatureTests {
    @Test func parsesNameAndEmail() throws {
        let date = Date(timeIntervalSince1970: 1_700_000_000)
        let signature = try #require(Signature(parsing: "  Ada Lovelace <ada@example.org> ", date: date))
        #expect(signature.name == "Ada Lovelace")
        #expect(signature.email == "ada@example.org")
        #expect(signature.date == date)
        #expect(signature.timeZoneOffsetMinutes == TimeZone.current.secondsFromGMT(for: date) / 60)
        #expect(signature.identity == "Ada Lovelace <ada@example.org>")
        for bad in ["Ada", "<ada@example.org>", "Ada <>", "Ada <a<b>", "Ada <ada@example.org", "A>da <a@b>"] {
            #expect(Signature(parsing: bad) == nil, "\(bad)")
        }
    }

    @Test func defaultSignatureComesFromRepositoryConfig() throws {
        try Support.withTemporaryDirectory { dir in
            let repository = try Repository.create(at: dir)
            try Support.git(["config", "user.name", "Config Name"], in: dir)
            try Support.git(["config", "user.email", "config@example.org"], in: dir)
            #expect(try repository.configString("user.name") == "Config Name")
            #expect(try repository.configString("user.nothing") == nil)
            let date = Date(timeIntervalSince1970: 1_700_000_000)
            let signature = try repository.defaultSignature(environment: [:], date: date)
            #expect(signature.identity == "Config Name <config@example.org>")
            #expect(signature.date == date)
            let fromEnvironment = try repository.defaultSignature(
                environment: ["GIT_AUTHOR_NAME": "Env Name", "GIT_AUTHOR_EMAIL": "env@example.org"])
            #expect(fromEnvironment.identity == "Env Name <env@example.org>")
        }
    }

    @Test func defaultSignatureExplainsWhatIsMissing() throws {
        try Support.withTemporaryDirectory { dir in
            let repository = try Repository.create(at: dir)
            let error = Support.gitError { _ = try repository.defaultSignature(environment: [:]) }
            #expect(error?.code == .notFound)
            #expect(
                error?.description == "defaultSignature failed: no author identity: set user.name and "
                    + "user.email with `git config` (or GIT_AUTHOR_NAME and GIT_AUTHOR_EMAIL)")
            let partial = Support.gitError {
                _ = try repository.defaultSignature(environment: ["GIT_AUTHOR_NAME": "Only Name"])
            }
            #expect(
                partial?.description == "defaultSignature failed: no author identity: set user.email "
                    + "with `git config` (or GIT_AUTHOR_NAME and GIT_AUTHOR_EMAIL)")
        }
    }

    @Test func globalConfigIsIsolated() throws {
        try Support.withTemporaryDirectory { dir in
            // The machine's ~/.gitconfig names a user; isolation must hide it.
            let repository = try Repository.create(at: dir)
            #expect(try repository.configString("user.name") == nil)
        }
    }
}

import Foundation

/// The `git` program, run by tests to build hostile branches and to cross-check what policylab
/// wrote (policylab itself never runs it), in a clean environment with a fixed identity.
public enum GitProgram {
    /// The identity and dates of commits made through it unless a test says otherwise.
    public static let fixedIdentity = [
        "GIT_AUTHOR_NAME": "Test Author", "GIT_AUTHOR_EMAIL": "author@example.org",
        "GIT_COMMITTER_NAME": "Test Committer", "GIT_COMMITTER_EMAIL": "committer@example.org",
        "GIT_AUTHOR_DATE": "2024-01-01T00:00:00Z", "GIT_COMMITTER_DATE": "2024-01-01T00:00:00Z",
    ]

    /// Runs `git` with `arguments` in `directory`, whatever its exit status. The environment is
    /// `CleanEnvironment.base` (with `home` as HOME when given), then `identity`, then `environment`.
    public static func run(
        _ arguments: [String], in directory: String, home: String? = nil,
        identity: [String: String] = fixedIdentity, environment extra: [String: String] = [:]
    ) throws -> ProgramRun {
        var environment = CleanEnvironment.base.merging(identity) { $1 }
        if let home { environment["HOME"] = home }
        environment.merge(extra) { $1 }
        return try ProgramRunner.run("/usr/bin/git", arguments, in: directory, environment: environment)
    }

    /// Runs `git` like `run` and returns its standard output; throws when it fails.
    @discardableResult
    public static func git(
        _ arguments: [String], in directory: String, home: String? = nil,
        identity: [String: String] = fixedIdentity, environment extra: [String: String] = [:]
    ) throws -> String {
        let result = try run(arguments, in: directory, home: home, identity: identity, environment: extra)
        guard result.status == 0 else { throw Failure(arguments: arguments, run: result) }
        return result.stdout
    }

    /// `git` exited with a failure.
    public struct Failure: Error, CustomStringConvertible {
        /// What git was asked.
        public let arguments: [String]
        /// What it did.
        public let run: ProgramRun

        /// The command, its status and what it said.
        public var description: String { "git \(arguments.joined(separator: " ")) failed (exit \(run.status)): \(run.stderr)" }
    }
}

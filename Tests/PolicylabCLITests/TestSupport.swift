import Foundation
import PolicylabTestSupport
import Testing

/// What one run of the `policylab` executable (or another program) did.
typealias Run = ProgramRun

/// Helpers shared by the end-to-end tests, which run the built `policylab` binary in temporary
/// folders and repositories with a clean environment.
enum CLI {
    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// The fixture knowledge bases, shared with the PolicyKit tests.
    static func fixture(_ name: String) -> String { TestFiles.fixture(name) }

    /// The `policylab` executable in the build products folder that holds this test bundle.
    ///
    /// SwiftPM cannot make a test target depend on an executable target: `swift build` (which
    /// `make test` runs first) builds it; `swift test` builds every target too.
    static func executable() throws -> String {
        // Linux: .build/debug/<package>PackageTests.xctest is the test executable itself; macOS: the
        // bundle's Contents/MacOS/ holds it, run by a helper. Look beside each, and a few folders up.
        let starts =
            [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
            + Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }.map { $0.deletingLastPathComponent() }
        var folders: [String] = []
        for start in starts {
            var folder = start.standardizedFileURL
            for _ in 0..<3 {
                if !folders.contains(folder.path) { folders.append(folder.path) }
                folder = folder.deletingLastPathComponent()
            }
        }
        for folder in folders {
            let candidate = folder + "/policylab"
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
                FileManager.default.isExecutableFile(atPath: candidate)
            {
                return candidate
            }
        }
        throw MissingExecutable(folders: folders)
    }

    struct MissingExecutable: Error, CustomStringConvertible {
        let folders: [String]
        var description: String {
            "the policylab executable is not built: run `swift build` first (looked beside the test bundle, in \(folders.joined(separator: ", ")))"
        }
    }

    /// An always-empty folder used as HOME, so that no git configuration of the machine leaks in.
    static let emptyHome = CleanEnvironment.emptyHome

    /// A git identity given through the environment, for commands that commit.
    static let identity = [
        "GIT_AUTHOR_NAME": "Grace Hopper", "GIT_AUTHOR_EMAIL": "grace@example.org",
        "GIT_COMMITTER_NAME": "Grace Hopper", "GIT_COMMITTER_EMAIL": "grace@example.org",
    ]

    /// The environment every run starts from: no HOME configuration, no system configuration, no
    /// colour, and no search watcher left running (the tests that want one ask for it).
    static func baseEnvironment() -> [String: String] {
        [
            "PATH": "/usr/bin:/bin", "HOME": emptyHome, "GIT_CONFIG_NOSYSTEM": "1", "LANG": "C.UTF-8", "TZ": "UTC",
            "POLICYLAB_SEARCH_WATCH": "off",
        ]
    }

    /// Runs `policylab` with `arguments` in `directory`, in the base environment with a git identity.
    static func policylab(
        _ arguments: [String], in directory: String, environment extra: [String: String] = [:],
        includeIdentity: Bool = true
    ) throws -> Run {
        var environment = baseEnvironment()
        if includeIdentity { environment.merge(identity) { $1 } }
        environment.merge(extra) { $1 }
        return try run(try executable(), arguments, in: directory, environment: environment)
    }

    /// Runs a program with `environment` (the base one by default), its output going to files, not
    /// pipes, so that a large output cannot block it. A run taking more than a minute is stopped.
    static func run(
        _ program: String, _ arguments: [String], in directory: String = NSTemporaryDirectory(),
        environment: [String: String] = baseEnvironment(), timeout: TimeInterval = 60
    ) throws -> Run {
        try ProgramRunner.run(program, arguments, in: directory, environment: environment, timeout: timeout)
    }

    /// Runs `body` with a fresh temporary directory (real path) removed afterwards.
    static func withTemporaryDirectory<T>(_ body: (String) throws -> T) throws -> T {
        try TemporaryDirectory.with(prefix: "policylab-cli", body)
    }

    /// Copies a fixture knowledge base to `directory` (which must not exist yet).
    static func copyFixture(_ name: String, to directory: String) throws {
        try FileManager.default.copyItem(atPath: fixture(name), toPath: directory)
    }

    /// Writes a text file, creating parent folders.
    static func write(_ text: String, to path: String) throws { try TestFiles.write(text, to: path) }

    /// Runs `/usr/bin/git` with a clean environment (empty HOME, no system configuration, fixed
    /// identity and dates) and returns its standard output; throws when git fails.
    @discardableResult
    static func git(_ arguments: [String], in directory: String) throws -> String {
        try GitProgram.git(arguments, in: directory, home: emptyHome)
    }

    /// Runs `/usr/bin/git` like `git(_:in:)`, whatever its exit status.
    static func gitRun(_ arguments: [String], in directory: String) throws -> Run {
        try GitProgram.run(arguments, in: directory, home: emptyHome)
    }

    /// A git repository at `directory` holding a fixture, committed on `main` (through GitKit).
    static func repository(from fixtureName: String, at directory: String) throws {
        try FixtureRepository.create(from: fixtureName, at: directory)
    }
}

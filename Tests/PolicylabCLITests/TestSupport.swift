import Foundation
import Testing

/// What one run of the `policylab` executable did.
struct Run: CustomStringConvertible {
    var status: Int32
    var stdout: String
    var stderr: String

    var description: String { "exit \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
}

/// Helpers shared by the end-to-end tests, which run the built `policylab` binary in temporary
/// folders and repositories with a clean environment.
enum CLI {
    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// The fixture knowledge bases, shared with the PolicyKit tests.
    static func fixture(_ name: String) -> String { packageRoot + "/Tests/PolicyKitTests/Fixtures/" + name }

    /// The `policylab` executable in the build products folder that holds this test bundle.
    ///
    /// SwiftPM cannot make a test target depend on an executable target: `swift build` (which
    /// `make test` runs first) builds it; `swift test` builds every target too.
    static func executable() throws -> String {
        // Linux: .build/debug/<package>PackageTests.xctest is the test executable itself; macOS: the
        // bundle's Contents/MacOS/ holds it, run by a helper. Look beside each, and a few folders up.
        let starts = [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
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
               FileManager.default.isExecutableFile(atPath: candidate) {
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
    static let emptyHome: String = {
        let path = NSTemporaryDirectory() + "policylab-cli-tests-empty-home"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    /// A git identity given through the environment, for commands that commit.
    static let identity = [
        "GIT_AUTHOR_NAME": "Grace Hopper", "GIT_AUTHOR_EMAIL": "grace@example.org",
        "GIT_COMMITTER_NAME": "Grace Hopper", "GIT_COMMITTER_EMAIL": "grace@example.org",
    ]

    /// The environment every run starts from: no HOME configuration, no system configuration, no
    /// colour, and no search watcher left running (the tests that want one ask for it).
    static func baseEnvironment() -> [String: String] {
        ["PATH": "/usr/bin:/bin", "HOME": emptyHome, "GIT_CONFIG_NOSYSTEM": "1", "LANG": "C.UTF-8", "TZ": "UTC",
         "POLICYLAB_SEARCH_WATCH": "off"]
    }

    /// Runs `policylab` with `arguments` in `directory`, in the base environment with a git identity.
    static func policylab(_ arguments: [String], in directory: String, environment extra: [String: String] = [:],
                          includeIdentity: Bool = true) throws -> Run {
        var environment = baseEnvironment()
        if includeIdentity { environment.merge(identity) { $1 } }
        environment.merge(extra) { $1 }
        return try run(try executable(), arguments, in: directory, environment: environment)
    }

    /// Runs a program with `environment` (the base one by default), its output going to files, not
    /// pipes, so that a large output cannot block it. A run taking more than a minute is killed.
    static func run(_ program: String, _ arguments: [String], in directory: String = NSTemporaryDirectory(),
                    environment: [String: String] = baseEnvironment()) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = environment
        let outputs = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("policylab-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outputs, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outputs) }
        let stdoutURL = outputs.appendingPathComponent("stdout")
        let stderrURL = outputs.appendingPathComponent("stderr")
        try #require(FileManager.default.createFile(atPath: stdoutURL.path, contents: nil))
        try #require(FileManager.default.createFile(atPath: stderrURL.path, contents: nil))
        let stdoutHandle = try FileHandle(forWritingTo: stdoutURL)
        let stderrHandle = try FileHandle(forWritingTo: stderrURL)
        process.standardOutput = stdoutHandle
        process.standardError = stderrHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                Issue.record("\(program) \(arguments.joined(separator: " ")) ran for over a minute and was stopped")
                break
            }
            usleep(2_000)
        }
        process.waitUntilExit()
        try stdoutHandle.close()
        try stderrHandle.close()
        return Run(status: process.terminationStatus,
                   stdout: try String(contentsOf: stdoutURL, encoding: .utf8),
                   stderr: try String(contentsOf: stderrURL, encoding: .utf8))
    }

    /// Runs `body` with a fresh temporary directory (real path) removed afterwards.
    static func withTemporaryDirectory<T>(_ body: (String) throws -> T) throws -> T {
        let base = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("policylab-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: base) }
        return try body(base.resolvingSymlinksInPath().path)
    }

    /// Copies a fixture knowledge base to `directory` (which must not exist yet).
    static func copyFixture(_ name: String, to directory: String) throws {
        try FileManager.default.copyItem(atPath: fixture(name), toPath: directory)
    }

    /// Writes a text file, creating parent folders.
    static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Runs `/usr/bin/git` with a clean environment (empty HOME, no system configuration, fixed
    /// identity and dates) and returns its standard output; fails the test when git fails.
    @discardableResult
    static func git(_ arguments: [String], in directory: String) throws -> String {
        let run = try gitRun(arguments, in: directory)
        try #require(run.status == 0, "git \(arguments.joined(separator: " ")) failed: \(run.stderr)")
        return run.stdout
    }

    /// Runs `/usr/bin/git` like `git(_:in:)`, whatever its exit status.
    static func gitRun(_ arguments: [String], in directory: String) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = baseEnvironment().merging([
            "GIT_AUTHOR_NAME": "Test Author", "GIT_AUTHOR_EMAIL": "author@example.org",
            "GIT_COMMITTER_NAME": "Test Committer", "GIT_COMMITTER_EMAIL": "committer@example.org",
            "GIT_AUTHOR_DATE": "2024-01-01T00:00:00Z", "GIT_COMMITTER_DATE": "2024-01-01T00:00:00Z",
        ]) { $1 }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: data, as: UTF8.self),
                   stderr: String(decoding: errorData, as: UTF8.self))
    }

    /// A git repository at `directory` holding a fixture, committed on `main`.
    static func repository(from fixtureName: String, at directory: String) throws {
        try copyFixture(fixtureName, to: directory)
        try git(["init", "-q", "-b", "main"], in: directory)
        try git(["add", "-A"], in: directory)
        try git(["commit", "-q", "-m", "Add the \(fixtureName) fixture"], in: directory)
    }
}

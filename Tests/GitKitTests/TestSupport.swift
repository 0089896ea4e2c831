import Foundation
import GitKit
import Testing

/// Helpers shared by the GitKit tests.
enum Support {
    /// An always-empty directory: libgit2's global/system/XDG search path and the
    /// HOME of every `/usr/bin/git` run, so no configuration from the machine leaks in.
    static let emptyConfigDirectory: String = {
        let path = NSTemporaryDirectory() + "gitkit-tests-empty-config"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        GitLibrary.isolateConfiguration(searchPath: path)
        return path
    }()

    /// Fixed identity for commits made by tests.
    static let author = Signature(
        name: "Ada Lovelace", email: "ada@example.org",
        date: Date(timeIntervalSince1970: 1_700_000_000), timeZoneOffsetMinutes: 120)

    /// Runs `body` with a fresh temporary directory (real path, no trailing slash)
    /// that is removed afterwards; configuration is isolated first.
    static func withTemporaryDirectory<T>(_ body: (String) throws -> T) throws -> T {
        _ = emptyConfigDirectory
        let base = URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("gitkit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: base) }
        let real = base.resolvingSymlinksInPath().path
        return try body(real)
    }

    /// Runs `/usr/bin/git` with a clean environment (empty HOME, no system config,
    /// fixed identity and dates) and returns its standard output; throws on failure.
    @discardableResult
    static func git(_ arguments: [String], in directory: String,
                    environment extra: [String: String] = [:]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = [
            "PATH": "/usr/bin:/bin", "HOME": emptyConfigDirectory, "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_AUTHOR_NAME": "Test Author", "GIT_AUTHOR_EMAIL": "author@example.org",
            "GIT_COMMITTER_NAME": "Test Committer", "GIT_COMMITTER_EMAIL": "committer@example.org",
            "GIT_AUTHOR_DATE": "2024-01-01T00:00:00Z", "GIT_COMMITTER_DATE": "2024-01-01T00:00:00Z",
        ]
        environment.merge(extra) { $1 }
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw GitCommandFailure(arguments: arguments, status: process.terminationStatus,
                                    stderr: String(decoding: errorData, as: UTF8.self))
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Writes a text file, creating parent directories.
    static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Commits a tree holding `files` (path -> text) on top of `parents` with GitKit.
    static func commit(_ repository: Repository, _ files: [String: String], base: ObjectID? = nil,
                       parents: [ObjectID] = [], message: String = "change\n") throws -> ObjectID {
        var changes: [String: TreeChange] = [:]
        for (path, text) in files { changes[path] = .blob(try repository.writeBlob(Array(text.utf8))) }
        let tree = try repository.buildTree(base: base, changes: changes)
        return try repository.createCommit(tree: tree, parents: parents, author: author,
                                           committer: author, message: message)
    }

    /// The error `body` throws, as a `GitError` (nil when it throws nothing or something else).
    static func gitError(_ body: () throws -> Void) -> GitError? {
        do {
            try body()
            return nil
        } catch {
            return error as? GitError
        }
    }
}

/// `/usr/bin/git` exited with a failure.
struct GitCommandFailure: Error, CustomStringConvertible {
    let arguments: [String]
    let status: Int32
    let stderr: String
    var description: String { "git \(arguments.joined(separator: " ")) exited \(status): \(stderr)" }
}

import Foundation
import PolicylabTestSupport
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
        return try TemporaryDirectory.with(prefix: "gitkit", body)
    }

    /// Runs `/usr/bin/git` with a clean environment (empty HOME, no system config,
    /// fixed identity and dates) and returns its standard output; throws on failure.
    @discardableResult
    static func git(
        _ arguments: [String], in directory: String,
        environment extra: [String: String] = [:]
    ) throws -> String {
        try GitProgram.git(arguments, in: directory, home: emptyConfigDirectory, environment: extra)
    }

    /// Writes a text file, creating parent directories.
    static func write(_ text: String, to path: String) throws { try TestFiles.write(text, to: path) }

    /// Commits a tree holding `files` (path -> text) on top of `parents` with GitKit.
    static func commit(
        _ repository: Repository, _ files: [String: String], base: ObjectID? = nil,
        parents: [ObjectID] = [], message: String = "change\n"
    ) throws -> ObjectID {
        var changes: [String: TreeChange] = [:]
        for (path, text) in files { changes[path] = .blob(try repository.writeBlob(Array(text.utf8))) }
        let tree = try repository.buildTree(base: base, changes: changes)
        return try repository.createCommit(
            tree: tree, parents: parents, author: author,
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

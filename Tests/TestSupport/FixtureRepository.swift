import Foundation
import GitKit

/// A git repository made from a fixture folder through GitKit: the folder copied, every file
/// committed on `main` in one commit, the index matching, so that `git status` is clean.
public enum FixtureRepository {
    /// The identity of the fixture commit.
    public static let author = Signature(
        name: "Test Author", email: "author@example.org",
        date: Date(timeIntervalSince1970: 1_704_067_200), timeZoneOffsetMinutes: 0)

    /// Copies the fixture `name` (under `TestFiles.fixtures`) to `directory` and commits it there.
    @discardableResult
    public static func create(from name: String, at directory: String) throws -> ObjectID {
        try FileManager.default.copyItem(atPath: TestFiles.fixture(name), toPath: directory)
        return try commitFolder(directory, message: "Add the \(name) fixture\n")
    }

    /// Commits every file in `directory` on `main` (the repository is made there when there is
    /// none; the commit's parent is `main`'s tip when there is one), as `author`; with
    /// `updatingIndex`, the index then matches the commit, so that `git status` is clean.
    @discardableResult
    public static func commitFolder(
        _ directory: String, message: String, author: Signature = author,
        updatingIndex: Bool = true
    ) throws -> ObjectID {
        let repository = try (try? Repository.open(at: directory)) ?? Repository.create(at: directory)
        var changes: [String: TreeChange] = [:]
        var entries: [String: TreeFile?] = [:]
        for path in try files(under: directory) {
            let full = directory + "/" + path
            let executable = FileManager.default.isExecutableFile(atPath: full)
            let blob = try repository.writeBlob(Array(try Data(contentsOf: URL(fileURLWithPath: full))))
            changes[path] = .blob(blob, executable: executable)
            entries[path] = TreeFile(id: blob, kind: executable ? .executable : .blob)
        }
        let parent = try repository.referenceTarget("refs/heads/main")
        let tree = try repository.buildTree(base: try parent.map { try repository.commit($0).tree }, changes: changes)
        let commit = try repository.createCommit(
            tree: tree, parents: parent.map { [$0] } ?? [], author: author, committer: author,
            message: message)
        try repository.updateReference("refs/heads/main", to: commit, expecting: parent, logMessage: "fixture")
        guard updatingIndex else { return commit }
        let temporary = repository.gitDirectory + "/policylab-fixture-tmp"
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        try repository.updateIndexFiles(entries, temporaryDirectory: temporary)
        return commit
    }

    /// Every regular file under `root` outside `.git`, as sorted relative paths.
    private static func files(under root: String) throws -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var paths: [String] = []
        while let path = walker.nextObject() as? String {
            if path == ".git" || path.hasPrefix(".git/") {
                walker.skipDescendants()
                continue
            }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                paths.append(path)
            }
        }
        return paths.sorted()
    }
}

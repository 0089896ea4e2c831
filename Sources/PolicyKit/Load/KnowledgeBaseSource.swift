import Foundation
import GitKit

/// Where the files of a knowledge base are read from: a folder (a working tree) or a git
/// revision, read straight from git objects without touching the working tree.
public enum KnowledgeBaseSource: Sendable, Hashable {
    /// The files of a folder, as they are now.
    case directory(String)
    /// The files of a commit, read from git objects.
    case revision(gitDirectory: String, commit: ObjectID)

    /// Every file under `policylab.yaml`, `toolkit/`, `projects/` and `lessons/`.
    public func listFiles() throws -> [SourceFile] {
        switch self {
        case .directory(let root):
            return try DirectoryListing.files(under: root, folders: RecordLocation.folders, topFiles: [Settings.fileName])
        case .revision(let gitDirectory, let commit):
            let repository = try Repository.open(at: gitDirectory)
            return try GitTreeListing.files(in: repository, commit: commit, folders: RecordLocation.folders, topFiles: [Settings.fileName])
        }
    }

    /// Runs `body` with a function that reads a listed file (from a folder, at most `limit + 1`
    /// bytes, enough to tell it is too large); each call opens its own repository handle, so that
    /// concurrent readers never share one.
    public func withReader<T>(_ body: (_ read: (SourceFile, _ limit: Int) throws -> [UInt8]) throws -> T) throws -> T {
        switch self {
        case .directory(let root):
            return try body { file, limit in try DirectoryListing.read(root + "/" + file.path, limit: limit) }
        case .revision(let gitDirectory, _):
            let repository = try Repository.open(at: gitDirectory)
            return try body { file, _ in
                guard let blob = file.blob else { throw LoadError.unreadable(path: file.path, reason: "no blob") }
                return try repository.blob(blob)
            }
        }
    }
}

extension KnowledgeBaseSource {
    /// One file by path (such as a template under `templates/`), or nil when there is none.
    /// A symbolic link is not followed.
    public func readFile(_ path: String, limit: Int = 1 << 20) throws -> [UInt8]? {
        guard !path.split(separator: "/").contains(where: { $0 == ".." || $0 == "." }), !path.hasPrefix("/") else { return nil }
        switch self {
        case .directory(let root):
            var info = stat()
            guard lstat(root + "/" + path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
            return try DirectoryListing.read(root + "/" + path, limit: limit)
        case .revision(let gitDirectory, let commit):
            let repository = try Repository.open(at: gitDirectory)
            guard let entry = try repository.entry(at: path, inTree: try repository.commit(commit).tree),
                entry.kind == .blob || entry.kind == .executable
            else { return nil }
            return try repository.blob(entry.id)
        }
    }
}

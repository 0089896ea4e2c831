import Foundation
import GitKit

/// Where a knowledge base is: like git, the repository that contains the given folder; or, for a
/// folder outside any repository (an exported or generated corpus) or inside one but below its
/// root, the nearest folder upwards that holds a `policylab.yaml`.
public struct KnowledgeBaseLocation: Sendable {
    /// The folder whose files are the knowledge base; nil for a bare repository.
    public let workingDirectory: String?
    /// The repository's git folder; nil for a plain folder.
    public let gitDirectory: String?

    /// Finds the knowledge base that holds `path`, as the type's summary says; fails when there is none.
    public static func locate(from path: String) throws -> KnowledgeBaseLocation {
        let start = URL(fileURLWithPath: path).standardizedFileURL.path
        // Relative only when the current folder has been removed: there is nothing to walk up from.
        guard start.hasPrefix("/") else { throw LoadError.notAKnowledgeBase("the current folder no longer exists") }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: start, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw LoadError.notAKnowledgeBase("cannot use '\(path)': no such folder")
        }
        let repository = try? Repository.discover(startingAt: start)
        var folder = URL(fileURLWithPath: start)
        while true {
            // A knowledge base kept in a subfolder of a repository (a fixture, an export) is read as a folder.
            if let root = repository?.workingDirectory, folder.path == root { break }
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(Settings.fileName).path) {
                return KnowledgeBaseLocation(workingDirectory: folder.path, gitDirectory: nil)
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path.count >= folder.path.count { break }
            folder = parent
        }
        if let repository {
            return KnowledgeBaseLocation(workingDirectory: repository.workingDirectory, gitDirectory: repository.gitDirectory)
        }
        throw LoadError.notAKnowledgeBase(
            "not a policylab knowledge base: '\(path)' is in no git repository and no folder above it has a \(Settings.fileName) (run 'policylab init')"
        )
    }

    /// The files to read: the working tree, or `revision` (and, for a bare repository, HEAD) from git objects.
    public func source(revision: String?) throws -> KnowledgeBaseSource {
        if revision == nil, let workingDirectory { return .directory(workingDirectory) }
        guard let gitDirectory else {
            throw LoadError.revisionWithoutRepository(folder: workingDirectory ?? "this folder")
        }
        let repository = try Repository.open(at: gitDirectory)
        let spec = revision ?? "HEAD"
        do {
            return .revision(gitDirectory: gitDirectory, commit: try repository.resolveCommit(spec))
        } catch let error as GitError where revision == nil && (error.code == .unbornBranch || error.code == .notFound) {
            throw LoadError.notAKnowledgeBase("the repository has no commits yet")
        }
    }
}

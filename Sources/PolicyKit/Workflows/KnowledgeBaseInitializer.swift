import Foundation
import GitKit

/// Creates a knowledge base: a git repository (or an existing one) with `policylab.yaml`, the
/// three folders, and one first commit.
public enum KnowledgeBaseInitializer {
    /// What initialising made: the repository and its first commit.
    public struct Outcome: Sendable {
        /// The git directory of the knowledge base's repository.
        public var gitDirectory: String
        /// The first commit, holding the settings file and the three folders.
        public var commit: ObjectID
        /// The paths the first commit added, sorted.
        public var files: [String]
        /// Why the editor wiring (`EditorWiring`) was left out of the first commit, when it was.
        public var editorWiringSkipped: String?
    }

    /// Makes the folder at `path` a knowledge base, creating a repository (bare when asked) unless one is there.
    /// Refuses a repository that already holds a knowledge base; a repository it created is removed again on failure.
    /// - Parameter name: the knowledge base's name; the folder's name followed by "knowledge base" when nil.
    /// - Parameter author: the first maintainer and the first commit's author; the git identity when nil.
    public static func initialise(at path: String, name: String?, bare: Bool, author: Signature?) throws -> Outcome {
        let folder = URL(fileURLWithPath: path).standardizedFileURL
        if let existing = try? Repository.open(at: folder.path) {
            return try initialise(existing, folder: folder, name: name, author: author)
        }
        // A repository made here is removed again when the first commit cannot be made (no identity...).
        let folderExisted = FileManager.default.fileExists(atPath: folder.path)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let repository = try Repository.create(at: folder.path, bare: bare)
        do {
            return try initialise(repository, folder: folder, name: name, author: author)
        } catch {
            if !folderExisted {
                try? FileManager.default.removeItem(atPath: folder.path)
            } else if !bare {
                try? FileManager.default.removeItem(atPath: repository.gitDirectory)
            }
            throw error
        }
    }

    private static func initialise(_ repository: Repository, folder: URL, name: String?, author: Signature?) throws -> Outcome {
        let writer = CommitWriter(repository: repository)
        let branch = try writer.currentBranch()
        if let tip = try repository.referenceTarget(branch),
            try repository.entry(at: Settings.fileName, inTree: repository.commit(tip).tree) != nil
        {
            throw WriteError.refused("\(folder.path) is already a policylab knowledge base (\(Settings.fileName) is committed)")
        }
        if let root = repository.workingDirectory, FileManager.default.fileExists(atPath: root + "/" + Settings.fileName) {
            throw WriteError.refused("\(root)/\(Settings.fileName) already exists; commit it, or remove it to start afresh")
        }
        let identity = try author ?? repository.defaultSignature()
        let settings = settingsFile(name: name ?? "\(folder.lastPathComponent) knowledge base", maintainer: identity)
        let keep = [UInt8]()
        var files: [String: [UInt8]?] = [
            Settings.fileName: Array(settings.utf8),
            "toolkit/methods/.gitkeep": keep,
            "projects/.gitkeep": keep,
            "lessons/.gitkeep": keep,
        ]
        // The editor wiring travels with the repository, unless the folder has editor settings of its own.
        var skipped: String?
        if let root = repository.workingDirectory, FileManager.default.fileExists(atPath: root + "/.vscode") {
            skipped = "\(root)/.vscode exists, so the editor wiring was not added (run 'policylab schema --install' to add it)"
        } else {
            for (path, content) in try EditorWiring.files() { files[path] = content }
        }
        let outcome = try writer.write(
            message: "policylab: initialise knowledge base\n\nPolicylab-Command: init\n",
            author: identity, committer: identity
        ) { _ in files }
        guard let commit = outcome.commit else { throw WriteError.refused("no commit was made") }
        var result = Outcome(gitDirectory: repository.gitDirectory, commit: commit, files: files.keys.sorted())
        result.editorWiringSkipped = skipped
        return result
    }

    static func settingsFile(name: String, maintainer: Signature) -> String {
        """
        # Settings of this policylab knowledge base (see the policylab README, "Record formats").
        name: \(YAMLText.quoted(name))
        programme:
          targets:
            demonstrators: 4
        review:
          required_approvals: 1
          maintainers:
            - name: \(YAMLText.quoted(maintainer.name))
              email: \(YAMLText.quoted(maintainer.email))
          paths: [toolkit, projects, lessons]
        verification:
          required_confirmations: 1

        """
    }
}

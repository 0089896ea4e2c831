import Foundation
import GitKit

/// Makes one commit holding exactly the given files, as "Writing safely" in the design says.
///
/// The new tree is the branch tip plus these files, built in an in-memory index so the user's
/// other staged and unstaged work is never swept in. The branch moves by compare-and-swap; when
/// another writer moved it first, the commit is rebuilt on the new tip and tried again. Only then
/// are the files written to the working tree (each atomically) and their index entries updated,
/// so `git status` is clean for them.
public struct CommitWriter {
    /// How often to rebuild on a moved branch before giving up.
    static let maximumAttempts = 50

    public let repository: Repository

    public init(repository: Repository) {
        self.repository = repository
    }

    /// Commits `changes` (path to new contents, nil to delete) on the current branch.
    /// - Parameter prepare: called with the tip each attempt builds on (nil on an unborn branch);
    ///   it may throw to refuse the write, e.g. when the would-be knowledge base is invalid.
    @discardableResult
    public func commit(_ changes: [String: [UInt8]?], message: String, author: Signature, committer: Signature,
                       prepare: (ObjectID?) throws -> Void = { _ in }) throws -> ObjectID {
        let branch = try currentBranch()
        var blobs: [String: TreeChange] = [:]
        var blobIDs: [String: ObjectID?] = [:]
        for (path, contents) in changes {
            if let contents {
                let blob = try repository.writeBlob(contents)
                blobs[path] = .blob(blob, executable: false)
                blobIDs[path] = blob
            } else {
                blobs[path] = .remove
                blobIDs[path] = .some(nil)
            }
        }
        var attempt = 0
        while true {
            attempt += 1
            let tip = try repository.referenceTarget(branch)
            try prepare(tip)
            let base = try tip.map { try repository.commit($0).tree }
            let tree = try repository.buildTree(base: base, changes: blobs)
            let commit = try repository.createCommit(tree: tree, parents: tip.map { [$0] } ?? [], author: author,
                                                     committer: committer, message: message)
            do {
                try repository.updateReference(branch, to: commit, expecting: tip, logMessage: "policylab: \(message.firstLine)")
            } catch let error as GitError where error.code == .modified && attempt < Self.maximumAttempts {
                usleep(UInt32.random(in: 1_000...20_000))
                continue
            } catch let error as GitError where error.code == .locked {
                throw WriteError.locked(error.message)
            }
            try updateWorkingTree(changes, blobs: blobIDs)
            return commit
        }
    }

    /// The full name of the branch HEAD is on; a detached HEAD is refused.
    func currentBranch() throws -> String {
        switch try repository.head() {
        case .branch(let name, _): return name
        case .detached(let commit):
            throw WriteError.detachedHead("HEAD is detached at \(commit.short): check out a branch first (git switch main), so that the commit has a branch to go on")
        }
    }

    private func updateWorkingTree(_ changes: [String: [UInt8]?], blobs: [String: ObjectID?]) throws {
        guard let root = repository.workingDirectory else { return }
        for (path, contents) in changes.sorted(by: { $0.key < $1.key }) {
            let target = root + "/" + path
            if let contents {
                try WorkingTreeFile.write(contents, to: target)
            } else {
                try? FileManager.default.removeItem(atPath: target)
            }
        }
        try repository.updateIndexEntries(blobs)
    }
}

/// Why a write was refused; nothing was written when one of these is thrown.
public enum WriteError: Error, CustomStringConvertible, Equatable {
    case detachedHead(String)
    case locked(String)
    case invalid([Finding])
    case refused(String)

    public var description: String {
        switch self {
        case .detachedHead(let message), .refused(let message): message
        case .locked(let message): message
        case .invalid(let findings):
            "the change would make the knowledge base invalid; nothing was written:\n" + findings.map(\.description).joined(separator: "\n")
        }
    }
}

extension String {
    var firstLine: String { String(prefix { $0 != "\n" }) }
}

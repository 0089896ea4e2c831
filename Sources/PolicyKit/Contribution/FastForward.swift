import GitKit

extension CommitWriter {
    /// Moves the current branch from `tip` to `target`, a descendant, without a new commit, and
    /// updates the working tree files and index entries that differ; refuses, writing nothing, when
    /// the user has uncommitted changes to any of them.
    func fastForward(from tip: ObjectID, to target: ObjectID, logMessage: String) throws -> [String] {
        let branch = try currentBranch()
        let changes = try MergedChanges.changesBetween(tip, target, in: repository)
        try protectUncommittedWork(changes, snapshot: try Snapshot(repository: repository, tip: tip))
        try repository.updateReference(branch, to: target, expecting: tip, logMessage: logMessage)
        var entries: [String: ObjectID?] = [:]
        for (path, contents) in changes { entries[path] = .some(try contents.map { try repository.writeBlob($0) }) }
        try writeWorkingTree(changes)
        try updateIndex(entries)
        return changes.keys.sorted()
    }
}

import GitKit

/// The file changes that take a branch tip to the tree of a merge, for `CommitWriter`.
enum MergedChanges {
    /// Merges `other` into `tip` in memory; throws the conflicts per record when there are any.
    static func changes(tip: ObjectID, other: ObjectID, in repository: Repository) throws -> [String: [UInt8]?] {
        switch try repository.mergeCommits(ours: tip, theirs: other) {
        case .conflicts(let conflicts):
            throw ContributionError.conflicts(conflicts.map { conflict in
                RecordDiff.reference(for: conflict.path).map { "\($0) (\(conflict.path))" } ?? conflict.path
            })
        case .clean(let tree):
            return try changes(from: try repository.commit(tip).tree, to: tree, in: repository)
        }
    }

    /// The file changes from commit `old` to commit `new`.
    static func changesBetween(_ old: ObjectID, _ new: ObjectID, in repository: Repository) throws -> [String: [UInt8]?] {
        try changes(from: try repository.commit(old).tree, to: try repository.commit(new).tree, in: repository)
    }

    private static func changes(from old: ObjectID, to new: ObjectID, in repository: Repository) throws -> [String: [UInt8]?] {
        var changes: [String: [UInt8]?] = [:]
        for delta in try repository.diffTrees(old: old, new: new) {
            if let oldPath = delta.oldPath, delta.newID == nil { changes[oldPath] = .some(nil) }
            if let newPath = delta.newPath, let blob = delta.newID { changes[newPath] = .some(try repository.blob(blob)) }
        }
        return changes
    }
}

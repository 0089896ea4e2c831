import GitKit

/// Merging in memory, for merging a contribution and for syncing with a remote.
enum MergedChanges {
    /// The tree of merging `other` into `tip` (each file with the mode the merge gives it),
    /// written to the object database; throws the conflicts per record when there are any.
    static func mergedTree(tip: ObjectID, other: ObjectID, in repository: Repository) throws -> ObjectID {
        switch try repository.mergeCommits(ours: tip, theirs: other) {
        case .conflicts(let conflicts):
            throw ContributionError.conflicts(
                conflicts.map { conflict in
                    RecordDiff.reference(for: conflict.path).map { "\($0) (\(conflict.path))" } ?? conflict.path
                })
        case .clean(let tree):
            return tree
        }
    }
}

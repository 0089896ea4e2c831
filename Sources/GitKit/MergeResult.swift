/// What merging two commits gives, before anything is committed.
public enum MergeResult: Sendable, Equatable {
    /// The merged tree, written to the object database (no commit, no reference).
    case clean(tree: ObjectID)
    /// The paths both sides changed in ways that cannot be combined.
    case conflicts([MergeConflict])
}

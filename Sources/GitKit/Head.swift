/// What `HEAD` points at.
public enum Head: Sendable, Equatable {
    /// `HEAD` names a branch (full reference name, e.g. `refs/heads/main`);
    /// `tip` is nil while the branch is unborn (has no commit yet).
    case branch(name: String, tip: ObjectID?)
    /// `HEAD` points straight at a commit.
    case detached(ObjectID)

    /// The commit `HEAD` resolves to, or nil on an unborn branch.
    public var commit: ObjectID? {
        switch self {
        case .branch(_, let tip): return tip
        case .detached(let id): return id
        }
    }
}

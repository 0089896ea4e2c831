extension Repository {
    /// The commits reachable from `start` and not from any of `hiding` (as `git rev-list start ^hidden`),
    /// children before parents.
    public func commitIDs(from start: ObjectID, hiding: [ObjectID] = []) throws -> [ObjectID] {
        var result: [ObjectID] = []
        try walkCommitIDs(from: start, hiding: hiding) { id in
            result.append(id)
            return true
        }
        return result
    }
}

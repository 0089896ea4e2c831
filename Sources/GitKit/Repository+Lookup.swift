internal import CGit2

extension Repository {
    func lookupCommit(_ id: ObjectID) throws -> Handle {
        try lookup(id, "git_commit_lookup", git_commit_lookup, release: git_commit_free)
    }

    func lookupTree(_ id: ObjectID) throws -> Handle {
        try lookup(id, "git_tree_lookup", git_tree_lookup, release: git_tree_free)
    }

    func lookupBlob(_ id: ObjectID) throws -> Handle {
        try lookup(id, "git_blob_lookup", git_blob_lookup, release: git_blob_free)
    }

    /// Runs one of libgit2's typed lookups (`git_tree_lookup`, ...); a wrong type is `.notFound`.
    private func lookup(
        _ id: ObjectID, _ function: String,
        _ lookup: (UnsafeMutablePointer<OpaquePointer?>?, OpaquePointer?, UnsafePointer<git_oid>?) -> Int32,
        release: @escaping (OpaquePointer?) -> Void
    ) throws -> Handle {
        var oid = id.oid
        return try Handle.make(function, release: release) { lookup($0, pointer, &oid) }
    }
}

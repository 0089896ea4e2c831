internal import CGit2

extension Repository {
    /// Reads the commit `id`; throws `.notFound` if there is no such commit.
    public func commit(_ id: ObjectID) throws -> Commit {
        try lookupCommit(id).withPointer { commit in
            let parents = (0..<git_commit_parentcount(commit)).compactMap { index in
                git_commit_parent_id(commit, index).map { ObjectID($0) }
            }
            guard let tree = git_commit_tree_id(commit), let author = git_commit_author(commit),
                let committer = git_commit_committer(commit)
            else {
                throw GitError(
                    code: .other(-1), function: "git_commit_lookup",
                    message: "commit \(id.hex) is incomplete")
            }
            return Commit(
                id: id, tree: ObjectID(tree), parents: parents, author: Signature(author),
                committer: Signature(committer),
                message: git_commit_message(commit).map { String(cString: $0) } ?? "")
        }
    }

    /// Writes a commit object with these parts and returns its id; moves no reference.
    ///
    /// The message is stored exactly as given (end it with a newline, as git does).
    public func createCommit(
        tree: ObjectID, parents: [ObjectID], author: Signature,
        committer: Signature, message: String
    ) throws -> ObjectID {
        let treeHandle = try lookupTree(tree)
        let parentHandles = try parents.map { try lookupCommit($0) }
        let authorHandle = try SignatureHandle(author)
        let committerHandle = try SignatureHandle(committer)
        var oid = git_oid()
        try withPointers(parentHandles) { parentPointers in
            var parentArray: [OpaquePointer?] = parentPointers
            try treeHandle.withPointer { treePointer in
                try authorHandle.withPointer { authorPointer in
                    try committerHandle.withPointer { committerPointer in
                        _ = try check(
                            git_commit_create(
                                &oid, pointer, nil, authorPointer, committerPointer, nil, message,
                                treePointer, parentArray.count, &parentArray), "git_commit_create")
                    }
                }
            }
        }
        return ObjectID(oid)
    }

    /// Lends the C pointers of several handles at once, keeping them all alive.
    private func withPointers<R>(_ handles: [Handle], _ body: ([OpaquePointer]) throws -> R) rethrows -> R {
        try withExtendedLifetime(handles) {
            try body(handles.map { handle in handle.withPointer { $0 } })
        }
    }
}

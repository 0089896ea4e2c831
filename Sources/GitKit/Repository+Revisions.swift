internal import CGit2

extension Repository {
    /// Resolves a revision as `git rev-parse <revision>^{commit}` does: a branch, tag,
    /// full or abbreviated id, `HEAD~2`, `main^2`, ...
    ///
    /// Throws `.notFound` naming `revision` when it names nothing or nothing that peels
    /// to a commit, and `.ambiguous` for an abbreviated id that matches several objects.
    public func resolveCommit(_ revision: String) throws -> ObjectID {
        do {
            let object = try Handle.make("git_revparse_single", release: git_object_free) {
                git_revparse_single($0, pointer, revision)
            }
            let commit = try object.withPointer { object in
                do {
                    return try Handle.make("git_object_peel", release: git_object_free) {
                        git_object_peel($0, object, GIT_OBJECT_COMMIT)
                    }
                } catch let error as GitError {
                    // libgit2's peel message shows the raw type number; name the type instead.
                    let type = git_object_type2string(git_object_type(object)).map { String(cString: $0) }
                    throw error.with(message: "it names a \(type ?? "non-commit object")")
                }
            }
            return try commit.withPointer { commit in
                guard let id = git_object_id(commit) else {
                    throw GitError(code: .notFound, function: "git_object_id", message: "no id")
                }
                return ObjectID(id)
            }
        } catch let error as GitError {
            let code: GitError.Code = error.code == .ambiguous ? .ambiguous : .notFound
            throw error.with(
                code: code,
                message: "cannot resolve revision '\(revision)' to a commit: "
                    + error.message)
        }
    }
}

internal import CGit2

extension Repository {
    /// What `HEAD` points at: a branch (possibly unborn) or a detached commit.
    public func head() throws -> Head {
        let head = try Handle.make("git_reference_lookup", release: git_reference_free) {
            git_reference_lookup($0, pointer, "HEAD")
        }
        return try head.withPointer { reference -> Head in
            if git_reference_type(reference) == GIT_REFERENCE_SYMBOLIC,
                let target = git_reference_symbolic_target(reference)
            {
                let name = String(cString: target)
                return .branch(name: name, tip: try referenceTarget(name))
            }
            guard let target = git_reference_target(reference) else {
                throw GitError(
                    code: .other(-1), function: "git_reference_target",
                    message: "HEAD has no target")
            }
            return .detached(ObjectID(target))
        }
    }

    /// The object `name` (a full reference name such as `refs/heads/main`, or `HEAD`)
    /// points at, following symbolic references; nil when the reference does not exist.
    public func referenceTarget(_ name: String) throws -> ObjectID? {
        var oid = git_oid()
        return try nilOnError(.notFound) {
            try check(git_reference_name_to_id(&oid, pointer, name), "git_reference_name_to_id")
            return ObjectID(oid)
        }
    }

    /// Moves `name` to `target` only if it currently points at `expected`
    /// (nil: only if the reference does not exist yet), writing `logMessage` to its reflog.
    ///
    /// Throws `.modified` when the reference is not at `expected` (or exists when
    /// `expected` is nil), and `.locked` when its lock file exists; that error's message
    /// names the lock file.
    public func updateReference(
        _ name: String, to target: ObjectID, expecting expected: ObjectID?,
        logMessage: String
    ) throws {
        var newID = target.oid
        let function = expected == nil ? "git_reference_create" : "git_reference_create_matching"
        do {
            _ = try Handle.make(function, release: git_reference_free) { out in
                guard let expected else {
                    return git_reference_create(out, pointer, name, &newID, 0, logMessage)
                }
                var oldID = expected.oid
                return git_reference_create_matching(out, pointer, name, &newID, 1, &oldID, logMessage)
            }
        } catch let error as GitError
            where [.exists, .notFound, .modified].contains(error.code)
        {
            let actual = (try? referenceTarget(name)).flatMap { $0 }
            throw error.with(
                code: .modified,
                message: "reference '\(name)' is at "
                    + (actual?.hex ?? "nothing (it does not exist)") + ", expected "
                    + (expected?.hex ?? "it not to exist"))
        }
    }

    /// Throws `.invalidSpec` unless `name` is a valid full reference name.
    static func validateReferenceName(_ name: String, function: String) throws {
        var valid: Int32 = 0
        try check(git_reference_name_is_valid(&valid, name), "git_reference_name_is_valid")
        if valid == 0 {
            throw GitError(
                code: .invalidSpec, function: function,
                message: "'\(name)' is not a valid reference name")
        }
    }
}

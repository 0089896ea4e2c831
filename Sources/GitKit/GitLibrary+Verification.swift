internal import CGit2

extension GitLibrary {
    /// Whether libgit2 re-hashes every object it reads to check it (on by default; `git` itself
    /// only does so in `fsck`). Reading thousands of large trees, as a path's history does, spends
    /// most of its time there. Affects the whole process.
    public static func verifyObjectHashesOnRead(_ enabled: Bool) throws {
        try ensureInitialized()
        try check(gitkit_opts_set_strict_hash_verification(enabled ? 1 : 0), "git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION)")
    }
}

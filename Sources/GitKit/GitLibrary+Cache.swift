internal import CGit2

extension GitLibrary {
    /// Lets libgit2's object cache keep trees up to `largestTree` bytes, in `total` bytes for all
    /// repositories together. libgit2 keeps no tree over 4 KiB by default, so a folder of
    /// thousands of records is read and parsed again for every commit that looks at it.
    /// Affects the whole process.
    public static func cacheTrees(upTo largestTree: Int, total: Int) throws {
        try ensureInitialized()
        try check(gitkit_opts_set_cache_object_limit(GIT_OBJECT_TREE, largestTree), "git_libgit2_opts(GIT_OPT_SET_CACHE_OBJECT_LIMIT)")
        try check(gitkit_opts_set_cache_max_size(total), "git_libgit2_opts(GIT_OPT_SET_CACHE_MAX_SIZE)")
    }
}

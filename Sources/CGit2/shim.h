#include <git2.h>

/* git_libgit2_opts is variadic and cannot be called from Swift: each option
 * GitKit needs gets a typed static inline wrapper here. */

/** Sets the configuration search path of one level (system, xdg, global,
 *  programdata); `path` may be NULL to restore the default. */
static inline int gitkit_opts_set_search_path(int level, const char *path) {
    return git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, level, path);
}

/** Turns the check of each object's hash when it is read on (1) or off (0). */
static inline int gitkit_opts_set_strict_hash_verification(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, enabled);
}

/** Sets the largest object of `type` kept in a repository's object cache (libgit2 keeps no tree
 *  over 4 KiB by default). */
static inline int gitkit_opts_set_cache_object_limit(git_object_t type, size_t size) {
    return git_libgit2_opts(GIT_OPT_SET_CACHE_OBJECT_LIMIT, type, size);
}

/** Sets the most memory the object cache of all repositories together may hold. */
static inline int gitkit_opts_set_cache_max_size(ssize_t bytes) {
    return git_libgit2_opts(GIT_OPT_SET_CACHE_MAX_SIZE, bytes);
}

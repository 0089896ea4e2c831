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

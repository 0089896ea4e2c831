#include <git2.h>

/* git_libgit2_opts is variadic and cannot be called from Swift: each option
 * GitKit needs gets a typed static inline wrapper here. */

/** Sets the configuration search path of one level (system, xdg, global,
 *  programdata); `path` may be NULL to restore the default. */
static inline int gitkit_opts_set_search_path(int level, const char *path) {
    return git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, level, path);
}

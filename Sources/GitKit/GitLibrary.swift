internal import CGit2

/// Process-wide libgit2 setup.
public enum GitLibrary {
    /// Runs `git_libgit2_init` exactly once, on first use of any GitKit entry point.
    private static let initialization: Int32 = git_libgit2_init()

    /// Makes sure libgit2 is initialised; cheap after the first call.
    static func ensureInitialized() throws {
        try check(initialization, "git_libgit2_init")
    }

    /// Isolates libgit2 from the system, XDG and global (user) configuration.
    ///
    /// Points the configuration search path of every level except the repository's own
    /// at `directory`, so that only configuration files placed there (normally none) are read.
    /// Meant for tests; affects the whole process and every repository opened afterwards.
    public static func isolateConfiguration(searchPath directory: String) {
        let levels = [
            GIT_CONFIG_LEVEL_SYSTEM, GIT_CONFIG_LEVEL_XDG, GIT_CONFIG_LEVEL_GLOBAL,
            GIT_CONFIG_LEVEL_PROGRAMDATA,
        ]
        for level in levels {
            do {
                try ensureInitialized()
                try check(
                    gitkit_opts_set_search_path(level.rawValue, directory),
                    "git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH)")
            } catch {
                // Only a failed initialisation or an unknown level can fail, and the levels are fixed.
                assertionFailure("\(error)")
            }
        }
    }
}

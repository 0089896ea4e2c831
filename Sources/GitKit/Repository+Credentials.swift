internal import CGit2

extension Repository {
    /// The `credential.*` settings (and `core.askPass`) from the repository's configuration and
    /// the system and global ones it inherits, in the order git applies them.
    public func credentialConfiguration() throws -> CredentialConfiguration {
        let snapshot = try Handle.make("git_repository_config_snapshot", release: git_config_free) {
            git_repository_config_snapshot($0, pointer)
        }
        let entries = try snapshot.withPointer { config in
            let iterator = try Handle.make("git_config_iterator_glob_new", release: git_config_iterator_free) {
                git_config_iterator_glob_new($0, config, "^credential\\.")
            }
            return try iterator.withPointer { iterator in
                var found: [(level: Int32, entry: CredentialConfiguration.Entry)] = []
                while true {
                    var entry: UnsafeMutablePointer<git_config_entry>?
                    let more = try nilOnError(.other(GIT_ITEROVER.rawValue)) {
                        try check(git_config_next(&entry, iterator), "git_config_next")
                    }
                    guard more != nil else { break }
                    guard let entry = entry?.pointee, let name = entry.name else { continue }
                    let value = entry.value.map { String(cString: $0) } ?? ""
                    if let parsed = CredentialConfiguration.Entry(name: String(cString: name), value: value) {
                        found.append((entry.level.rawValue, parsed))
                    }
                }
                // Lowest level (system) first, file order kept within a level: git's reading order.
                return found.enumerated().sorted { ($0.element.level, $0.offset) < ($1.element.level, $1.offset) }.map(\.element.entry)
            }
        }
        return CredentialConfiguration(entries: entries, askPass: try configString("core.askpass"))
    }
}

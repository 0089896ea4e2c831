import Foundation
internal import CGit2

extension Repository {
    /// The string value of `key` (e.g. `user.name`) from the repository's configuration
    /// and the global ones it inherits; nil when it is not set.
    public func configString(_ key: String) throws -> String? {
        let snapshot = try Handle.make("git_repository_config_snapshot", release: git_config_free) {
            git_repository_config_snapshot($0, pointer)
        }
        return try snapshot.withPointer { config -> String? in
            var value: UnsafePointer<CChar>?
            let found = try nilOnError(.notFound) {
                try check(git_config_get_string(&value, config, key), "git_config_get_string")
            }
            // The string belongs to the snapshot: copy it while the snapshot is alive.
            return found == nil ? nil : value.map { String(cString: $0) }
        }
    }

    /// The signature for new commits, dated now: `$GIT_AUTHOR_NAME` / `$GIT_AUTHOR_EMAIL`
    /// when set, otherwise `user.name` / `user.email` from the configuration.
    ///
    /// Throws `.notFound` saying what to configure when the name or e-mail is missing.
    public func defaultSignature() throws -> Signature {
        try defaultSignature(environment: ProcessInfo.processInfo.environment)
    }

    /// `defaultSignature()` reading the variables from `environment`, and dated `date`.
    func defaultSignature(environment: [String: String], date: Date = Date()) throws -> Signature {
        func value(_ variable: String, _ key: String) throws -> String? {
            if let text = environment[variable], !text.isEmpty { return text }
            return try configString(key).flatMap { $0.isEmpty ? nil : $0 }
        }
        let name = try value("GIT_AUTHOR_NAME", "user.name")
        let email = try value("GIT_AUTHOR_EMAIL", "user.email")
        guard let name, let email else {
            let missing = [name == nil ? "user.name" : nil, email == nil ? "user.email" : nil]
                .compactMap { $0 }.joined(separator: " and ")
            throw GitError(
                code: .notFound, function: "defaultSignature",
                message: "no author identity: set \(missing) with `git config` "
                    + "(or GIT_AUTHOR_NAME and GIT_AUTHOR_EMAIL)")
        }
        let offset = TimeZone.current.secondsFromGMT(for: date) / 60
        return Signature(name: name, email: email, date: date, timeZoneOffsetMinutes: offset)
    }
}

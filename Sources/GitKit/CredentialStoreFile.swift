import Foundation

/// The file of git's `store` credential helper (`~/.git-credentials`): one URL per line,
/// `https://user:password@host[:port][/path]`, user and password percent-encoded.
enum CredentialStoreFile {
    /// The first credential in `text` that fits `request`: same protocol and host, the same user
    /// when the request names one, the same path when the request has one (as git-credential-store
    /// matches). Lines that are not such URLs are skipped.
    static func credential(in text: String, for request: CredentialRequest) -> Credential? {
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard let stored = CredentialRequest(url: trimmed), let components = URLComponents(string: trimmed),
                let user = components.user, let password = components.password
            else { continue }
            guard stored.scheme == request.scheme, stored.host == request.host else { continue }
            if let wanted = request.username, wanted != user { continue }
            if let path = request.path, path != stored.path { continue }
            // URLComponents.user/password are already percent-decoded.
            return Credential(username: user, password: password)
        }
        return nil
    }

    /// The files `store` reads: the `--file` one when the helper names it, otherwise
    /// `~/.git-credentials` then `$XDG_CONFIG_HOME/git/credentials` (`~/.config/git/credentials`).
    static func paths(arguments: [String], environment: [String: String]) -> [String] {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            if argument.hasPrefix("--file=") { return [expand(String(argument.dropFirst(7)), environment)] }
            if argument == "--file", let file = iterator.next() { return [expand(file, environment)] }
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        let xdg = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.config"
        return [home + "/.git-credentials", xdg + "/git/credentials"]
    }

    private static func expand(_ path: String, _ environment: [String: String]) -> String {
        guard path.hasPrefix("~/") else { return path }
        return (environment["HOME"] ?? NSHomeDirectory()) + path.dropFirst(1)
    }
}

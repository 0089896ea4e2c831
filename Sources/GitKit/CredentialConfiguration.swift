/// The `credential.*` settings of git's configuration, and which of them apply to a URL, as
/// gitcredentials(7) describes: `credential.helper` and `credential.<url>.helper` (every match,
/// in configuration order; an empty value clears the helpers listed before it),
/// `credential.username` and `credential.useHttpPath` (the last match wins).
public struct CredentialConfiguration: Sendable, Equatable {
    /// One `credential.*` variable: `url` is the `<url>` of `credential.<url>.key`, nil for none.
    public struct Entry: Sendable, Equatable {
        /// The `<url>` of `credential.<url>.key`; nil for a variable that applies to every URL.
        public var url: String?
        /// The variable's key, such as `helper` or `username`.
        public var key: String
        /// The variable's value as configured.
        public var value: String

        /// Creates an entry from its parts.
        public init(url: String?, key: String, value: String) {
            self.url = url
            self.key = key
            self.value = value
        }

        /// The entry for a configuration variable name (`credential.https://host.helper`); nil
        /// when the name is not in the `credential` section.
        init?(name: String, value: String) {
            guard name.lowercased().hasPrefix("credential.") else { return nil }
            let rest = name.dropFirst("credential.".count)
            guard let dot = rest.lastIndex(of: ".") else {
                self.init(url: nil, key: rest.lowercased(), value: value)
                return
            }
            self.init(url: String(rest[..<dot]), key: rest[rest.index(after: dot)...].lowercased(), value: value)
        }
    }

    /// The entries in the order git reads them (system, global, repository; file order within).
    public var entries: [Entry]
    /// `core.askPass`, used when `GIT_ASKPASS` is not set.
    public var askPass: String?

    /// Creates a configuration from its entries.
    public init(entries: [Entry], askPass: String? = nil) {
        self.entries = entries
        self.askPass = askPass
    }

    /// The helpers to ask, in order, for `request`.
    public func helpers(for request: CredentialRequest) -> [String] {
        var helpers: [String] = []
        for entry in matching(request, key: "helper") {
            if entry.value.isEmpty { helpers.removeAll() } else { helpers.append(entry.value) }
        }
        return helpers
    }

    /// The user name configured for `request` (`credential.username`), if any.
    public func username(for request: CredentialRequest) -> String? {
        matching(request, key: "username").last.map(\.value)
    }

    /// Whether the URL's path is part of the request (`credential.useHttpPath`; always for
    /// protocols other than http and https, as git does).
    public func usesPath(for request: CredentialRequest) -> Bool {
        guard request.scheme == "http" || request.scheme == "https" else { return true }
        guard let value = matching(request, key: "usehttppath").last?.value.lowercased() else { return false }
        return ["true", "yes", "on", "1"].contains(value)
    }

    private func matching(_ request: CredentialRequest, key: String) -> [Entry] {
        entries.filter { entry in entry.key == key && (entry.url.map { Self.pattern($0, matches: request) } ?? true) }
    }

    /// Whether the `<url>` of `credential.<url>.*` applies: same protocol; same host (a `*` label
    /// matches any one label) and port; same user when the pattern names one; and, when the
    /// pattern has a path, the same path or one below it.
    static func pattern(_ pattern: String, matches request: CredentialRequest) -> Bool {
        // A pattern may be a bare host ("example.org"): then any protocol matches.
        let full = pattern.contains("://") ? pattern : "\(request.scheme)://\(pattern)"
        guard let wanted = CredentialRequest(url: full) else { return false }
        guard wanted.scheme == request.scheme, hostPattern(wanted.host, matches: request.host) else { return false }
        if let user = wanted.username, user != request.username { return false }
        guard let path = wanted.path.map({ $0.hasSuffix("/") ? String($0.dropLast()) : $0 }), !path.isEmpty else { return true }
        guard let requested = request.path else { return false }
        return requested == path || requested.hasPrefix(path + "/")
    }

    private static func hostPattern(_ pattern: String, matches host: String) -> Bool {
        let wanted = pattern.split(separator: "."), actual = host.split(separator: ".")
        guard wanted.count == actual.count else { return false }
        return zip(wanted, actual).allSatisfy { $0 == "*" || $0 == $1 }
    }
}

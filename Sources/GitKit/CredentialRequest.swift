import Foundation

/// What a credential is asked for: the parts of a remote URL that gitcredentials(7) sends to a
/// helper (`protocol`, `host` with its port, `path`, `username`).
public struct CredentialRequest: Sendable, Equatable {
    /// The URL's scheme, sent as `protocol` (`https`).
    public var scheme: String
    /// The host, with `:port` when the URL gives one.
    public var host: String
    /// The path without its leading "/"; sent only with `credential.useHttpPath`.
    public var path: String?
    /// The user name to ask for, from the URL or the configuration; nil when neither gives one.
    public var username: String?

    /// Creates a request from its parts.
    public init(scheme: String, host: String, path: String? = nil, username: String? = nil) {
        self.scheme = scheme
        self.host = host
        self.path = path
        self.username = username
    }

    /// The request for `url` (`https://user@host:8443/org/kb.git`); nil for a URL with no host.
    public init?(url: String) {
        guard let components = URLComponents(string: url), let scheme = components.scheme, let host = components.host,
            !host.isEmpty
        else { return nil }
        self.scheme = scheme.lowercased()
        self.host = host.lowercased() + (components.port.map { ":\($0)" } ?? "")
        let path = components.percentEncodedPath.drop { $0 == "/" }
        self.path = path.isEmpty ? nil : String(path).removingPercentEncoding ?? String(path)
        username = components.user.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The request in the helper protocol: `key=value` lines, then an empty line.
    public var protocolText: String {
        var lines = ["protocol=\(scheme)", "host=\(host)"]
        if let path { lines.append("path=\(path)") }
        if let username { lines.append("username=\(username)") }
        return lines.joined(separator: "\n") + "\n\n"
    }

    /// `https://host/` (with the user name when known), as git's prompts name a remote.
    var displayURL: String { "\(scheme)://\(username.map { "\($0)@" } ?? "")\(host)" }
}

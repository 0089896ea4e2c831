import Foundation

/// A user name and password (or token) for an https remote.
public struct Credential: Sendable, Equatable {
    /// The user name sent to the remote.
    public let username: String
    /// The password or access token.
    public let password: String

    /// Creates a credential from its parts.
    public init(username: String, password: String) {
        self.username = username
        self.password = password
    }
}

import Foundation

/// A user name and password (or token) for an https remote.
public struct Credential: Sendable, Equatable {
    public let username: String
    public let password: String

    /// Creates a credential from its parts.
    public init(username: String, password: String) {
        self.username = username
        self.password = password
    }
}

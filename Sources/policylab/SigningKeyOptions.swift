import Foundation
import GitKit
import PolicyKit

/// Which SSH key signs, as git chooses it for SSH-signed commits.
enum SigningKeyOptions {
    /// `file` when given, else git's `user.signingKey` (a path, or `key::` and a public key held by
    /// ssh-agent); nil when neither is set. `gpg.ssh.program` replaces `ssh-keygen`, as in git.
    static func signer(file: String?, in repository: Repository) throws -> SSHSigner? {
        let program = try repository.configString("gpg.ssh.program") ?? "ssh-keygen"
        guard let configured = try file ?? repository.configString("user.signingKey") else { return nil }
        let key: SSHSigner.Key =
            configured.hasPrefix("key::")
            ? .agentKey(String(configured.dropFirst(5))) : .file((configured as NSString).expandingTildeInPath)
        return SSHSigner(key: key, program: program, environment: ProcessInfo.processInfo.environment)
    }
}

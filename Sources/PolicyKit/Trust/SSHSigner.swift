import Foundation
import GitKit

/// Signs with an SSH key through `ssh-keygen -Y sign`, as git does for SSH-signed commits: the
/// private key stays with ssh-keygen, which asks for its passphrase or uses ssh-agent when the key
/// file given is a public key.
public struct SSHSigner: Sendable {
    /// Which key signs.
    public enum Key: Sendable, Hashable {
        /// A key file for `ssh-keygen -f`: a private key, or a public key held by ssh-agent.
        case file(String)
        /// A public key's text (`ssh-ed25519 AAAA...`) whose private key ssh-agent holds: git's
        /// `user.signingKey = key::...`.
        case agentKey(String)
    }

    /// The key to sign with.
    public var key: Key
    /// The `ssh-keygen` to run (git's `gpg.ssh.program`), found on `PATH` when it has no slash.
    public var program: String
    /// The environment `ssh-keygen` runs in (it finds ssh-agent through `SSH_AUTH_SOCK`).
    public var environment: [String: String]

    /// A signer with `key`, running `program` in `environment`.
    public init(key: Key, program: String = "ssh-keygen", environment: [String: String]) {
        self.key = key
        self.program = program
        self.environment = environment
    }

    /// Why signing failed, in words for the user.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// Why signing failed.
        public var description: String
    }

    /// Signs `message` for `namespace`; the signature is read back and checked before it is returned.
    public func sign(_ message: [UInt8], namespace: String) throws(Failure) -> SSHSignature {
        let keyFile: String
        switch key {
        case .file(let path):
            guard FileManager.default.fileExists(atPath: path) else { throw Failure(description: "signing key \(path) does not exist") }
            keyFile = path
        case .agentKey(let text):
            // ssh-keygen takes a file: a private one, removed once it has signed.
            keyFile = NSTemporaryDirectory() + "policylab-signing-key-\(UUID().uuidString).pub"
            guard FileManager.default.createFile(atPath: keyFile, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
                throw Failure(description: "cannot write the signing key to \(keyFile)")
            }
        }
        defer { if case .agentKey = key { unlink(keyFile) } }
        let executable = program.contains("/") ? program : HelperProgram.find(program, environment: environment) ?? program
        let helper = HelperProgram(
            what: "\(program) -Y sign", executable: executable,
            arguments: ["-Y", "sign", "-n", namespace, "-f", keyFile], environment: environment)
        let output: [UInt8]
        do { output = try helper.run(input: message) } catch { throw Failure(description: error.description) }
        let signature: SSHSignature
        do { signature = try SSHSignature(armoured: String(decoding: output, as: UTF8.self)) } catch {
            throw Failure(description: "\(program) -Y sign wrote no SSH signature: \(error)")
        }
        guard signature.isValid(for: message, namespace: namespace, by: signature.publicKey) else {
            throw Failure(description: "the signature \(program) made does not verify (key type \(signature.publicKey.algorithm.rawValue))")
        }
        return signature
    }
}

import Foundation
import Testing

@testable import PolicyKit

/// SSH keys made with the real `ssh-keygen`, for the signature tests.
struct TestSSHKey {
    /// The private key file; its public key is `path + ".pub"`.
    let path: String

    /// Makes a key of `type` (`ed25519`, `ecdsa`, `rsa`) without a passphrase in `directory`.
    static func make(_ type: String, named name: String, in directory: String) throws -> TestSSHKey {
        let path = directory + "/" + name
        let bits = type == "rsa" ? ["-b", "3072"] : type == "ecdsa" ? ["-b", "256"] : []
        _ = try run(["-q", "-t", type] + bits + ["-N", "", "-C", name, "-f", path])
        return TestSSHKey(path: path)
    }

    var publicKeyText: String {
        get throws { try String(contentsOfFile: path + ".pub", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    var publicKey: SSHPublicKey { get throws { try SSHPublicKey(text: try publicKeyText) } }

    /// `ssh-keygen -Y sign` of `message`: the armoured signature.
    func sign(_ message: String, namespace: String) throws -> String {
        try Self.run(["-Y", "sign", "-n", namespace, "-f", path], input: message)
    }

    /// The fingerprint `ssh-keygen -l` prints.
    var fingerprint: String {
        get throws { String(try Self.run(["-l", "-f", path + ".pub"]).split(separator: " ")[1]) }
    }

    @discardableResult
    static func run(_ arguments: [String], input: String = "") throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/ssh-keygen")
        process.arguments = arguments
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": Support.emptyConfigDirectory]
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        _ = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "ssh-keygen \(arguments.joined(separator: " ")) failed")
        return String(decoding: output, as: UTF8.self)
    }
}

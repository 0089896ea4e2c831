import Foundation
import Testing

@testable import PolicyKit

/// SSHSIG signatures made by the real ssh-keygen, verified in-process.
@Suite struct SSHSignatureTests {
    @Test(arguments: ["ed25519", "ecdsa", "rsa"])
    func verifiesWhatSSHKeygenSignedAndNothingElse(type: String) throws {
        try Support.withTemporaryDirectory { dir in
            let key = try TestSSHKey.make(type, named: "maintainer", in: dir)
            let other = try TestSSHKey.make(type, named: "other", in: dir)
            let message = "policylab approval\nhead: 1234\n"
            let signature = try SSHSignature(armoured: try key.sign(message, namespace: "policylab-approval"))
            let publicKey = try key.publicKey
            #expect(signature.publicKey == publicKey)
            #expect(publicKey.fingerprint == (try key.fingerprint))
            #expect(signature.isValid(for: Array(message.utf8), namespace: "policylab-approval", by: publicKey))
            // Other content, another namespace, or another key than the one trusted: never valid.
            #expect(!signature.isValid(for: Array((message + "x").utf8), namespace: "policylab-approval", by: publicKey))
            #expect(!signature.isValid(for: Array(message.utf8), namespace: "git", by: publicKey))
            #expect(!signature.isValid(for: Array(message.utf8), namespace: "policylab-approval", by: try other.publicKey))
            // A signature by the other key, over the same message, carries its own key: trusting it would be wrong.
            let forged = try SSHSignature(armoured: try other.sign(message, namespace: "policylab-approval"))
            #expect(!forged.isValid(for: Array(message.utf8), namespace: "policylab-approval", by: publicKey))
        }
    }

    @Test func aSignatureForAnotherNamespaceIsRefused() throws {
        try Support.withTemporaryDirectory { dir in
            let key = try TestSSHKey.make("ed25519", named: "k", in: dir)
            let signature = try SSHSignature(armoured: try key.sign("m", namespace: "git"))
            #expect(!signature.isValid(for: Array("m".utf8), namespace: "policylab-approval", by: try key.publicKey))
        }
    }

    @Test func malformedSignaturesAndKeysAreErrorsNotCrashes() throws {
        try Support.withTemporaryDirectory { dir in
            let key = try TestSSHKey.make("ed25519", named: "k", in: dir)
            let armoured = try key.sign("m", namespace: "policylab-approval")
            let blob = try SSHSignature(armoured: armoured).blob
            // Every truncation of a real signature is refused.
            for length in 0..<blob.count {
                #expect(throws: SSHFormatError.self) { try SSHSignature(blob: Array(blob.prefix(length))) }
            }
            // A length field that claims 4 GiB.
            var huge = blob
            huge.replaceSubrange(10..<14, with: [0xFF, 0xFF, 0xFF, 0xFF])
            #expect(throws: SSHFormatError.truncated) { try SSHSignature(blob: huge) }
            #expect(throws: SSHFormatError.self) { try SSHSignature(blob: blob + [0]) }
            #expect(throws: SSHFormatError.self) { try SSHSignature(armoured: "-----BEGIN SSH SIGNATURE-----\n!!!\n-----END SSH SIGNATURE-----\n") }
            #expect(throws: SSHFormatError.self) { try SSHSignature(armoured: "not a signature") }
            #expect(throws: SSHFormatError.malformed("expected 'TYPE BASE64 [COMMENT]', such as 'ssh-ed25519 AAAAC3Nza...'")) {
                try SSHPublicKey(text: "ssh-ed25519")
            }
            let text = try key.publicKeyText.split(separator: " ")
            #expect(throws: SSHFormatError.malformed("the key says it is 'ecdsa-sha2-nistp256' but holds a ssh-ed25519 key")) {
                try SSHPublicKey(text: "ecdsa-sha2-nistp256 \(text[1])")
            }
            #expect(throws: SSHFormatError.self) { try SSHPublicKey(text: "ssh-dss AAAAB3NzaC1kc3M=") }
        }
    }
}

import FuzzSupport
@testable import PolicyKit

/// SSH signatures and keys as approvals and verdicts carry them. The first byte picks the form: an
/// armoured signature, the binary form, or a key line. A signature that parses is verified over a
/// message for the key it names (which runs the Ed25519, P-256 or RSA check on fuzzed values);
/// a fuzzed signature is never valid for another key or namespace.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSSHSig(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let (selector, rest) = FuzzInput(data, size).selectorAndRest else { return 0 }
    let message = Array("approve fuzz\n".utf8)
    switch selector % 3 {
    case 0, 1:
        let signature = selector % 3 == 0
            ? try? SSHSignature(armoured: String(decoding: rest, as: UTF8.self)) : try? SSHSignature(blob: rest)
        guard let signature else { return 0 }
        _ = signature.publicKey.fingerprint
        _ = signature.isValid(for: message, namespace: signature.namespace, by: signature.publicKey)
        FuzzProperty.require(!signature.isValid(for: message, namespace: signature.namespace + "x", by: signature.publicKey),
                             "a signature is valid for a namespace it does not name")
        if let other = try? SSHPublicKey(text: otherKey) {
            FuzzProperty.require(!signature.isValid(for: message, namespace: signature.namespace, by: other), "a signature is valid for another key")
        }
    default:
        guard let key = try? SSHPublicKey(text: String(decoding: rest, as: UTF8.self)) else { return 0 }
        _ = (key.fingerprint, key.text, key.description)
        FuzzProperty.require((try? SSHPublicKey(text: key.text)) == key, "the key does not read back from its text form")
    }
    return 0
}

/// An Ed25519 key no fuzzed signature was made with.
let otherKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMt32rjLd7EUZJ/LG4DOiZrl8czOB05hYnxt+a44RqOz"

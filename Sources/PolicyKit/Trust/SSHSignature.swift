import Crypto
import _CryptoExtras
import Foundation

/// A detached SSH signature in the SSHSIG format (OpenSSH's `PROTOCOL.sshsig`), as written by
/// `ssh-keygen -Y sign` and used by git's SSH commit signing.
public struct SSHSignature: Sendable, Hashable {
    static let magic = Array("SSHSIG".utf8)
    static let armourBegin = "-----BEGIN SSH SIGNATURE-----"
    static let armourEnd = "-----END SSH SIGNATURE-----"
    /// Armoured signatures longer than this are not read (an RSA-16384 signature is under 6 KiB).
    static let maximumArmouredSize = 16 << 10

    /// The key that made the signature, as the signature itself states it.
    public let publicKey: SSHPublicKey
    /// What the signature is for, so that one made for another purpose is never accepted here.
    public let namespace: String
    let hashAlgorithm: String
    let signatureFormat: String
    let signatureBytes: [UInt8]
    /// The binary form, as read.
    public let blob: [UInt8]

    /// Reads an armoured signature (`-----BEGIN SSH SIGNATURE-----` ... `-----END SSH SIGNATURE-----`).
    public init(armoured text: String) throws(SSHFormatError) {
        guard text.utf8.count <= Self.maximumArmouredSize else { throw .malformed("the signature is over \(Self.maximumArmouredSize >> 10) KiB") }
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard lines.first == Self.armourBegin, lines.last == Self.armourEnd, lines.count >= 3 else {
            throw .malformed("expected '\(Self.armourBegin)' ... '\(Self.armourEnd)'")
        }
        guard let blob = Data(base64Encoded: lines.dropFirst().dropLast().joined()) else { throw .malformed("the signature is not valid base64") }
        try self.init(blob: Array(blob))
    }

    /// Reads the binary form.
    public init(blob: [UInt8]) throws(SSHFormatError) {
        var reader = SSHWireReader(blob)
        guard try reader.raw(6) == Self.magic else { throw .malformed("not an SSHSIG signature") }
        let version = try reader.uint32()
        guard version == 1 else { throw .malformed("SSHSIG version \(version) (expected 1)") }
        publicKey = try SSHPublicKey(blob: try reader.string())
        namespace = String(decoding: try reader.string(), as: UTF8.self)
        _ = try reader.string()  // reserved
        hashAlgorithm = try reader.name()
        guard ["sha256", "sha512"].contains(hashAlgorithm) else { throw .malformed("unsupported hash algorithm '\(hashAlgorithm)'") }
        var signature = SSHWireReader(try reader.string())
        signatureFormat = try signature.name()
        signatureBytes = try signature.string()
        guard signature.isAtEnd, reader.isAtEnd else { throw .malformed("bytes after the end of the signature") }
        self.blob = blob
    }

    /// Whether this is a valid signature of `message` for `namespace` by `key`.
    ///
    /// The key the signature names must be `key` itself: a signature is never trusted for the key
    /// it carries, only for one read from a trusted place.
    public func isValid(for message: some Collection<UInt8>, namespace: String, by key: SSHPublicKey) -> Bool {
        guard namespace == self.namespace, key.blob == publicKey.blob else { return false }
        let signed = signedData(message)
        switch key.material {
        case .ed25519(let raw):
            guard signatureFormat == SSHPublicKey.Algorithm.ed25519.rawValue, signatureBytes.count == 64,
                let verifier = try? Curve25519.Signing.PublicKey(rawRepresentation: raw)
            else { return false }
            return verifier.isValidSignature(signatureBytes, for: signed)
        case .ecdsaP256(let point):
            guard signatureFormat == SSHPublicKey.Algorithm.ecdsaP256.rawValue,
                let raw = Self.ecdsaRawSignature(signatureBytes),
                let verifier = try? P256.Signing.PublicKey(x963Representation: point),
                let signature = try? P256.Signing.ECDSASignature(rawRepresentation: raw)
            else { return false }
            return verifier.isValidSignature(signature, for: signed)
        case .rsa(let modulus, let exponent):
            guard let verifier = try? _RSA.Signing.PublicKey(n: modulus, e: exponent) else { return false }
            let signature = _RSA.Signing.RSASignature(rawRepresentation: signatureBytes)
            switch signatureFormat {
            case "rsa-sha2-512": return verifier.isValidSignature(signature, for: Crypto.SHA512.hash(data: signed), padding: .insecurePKCS1v1_5)
            case "rsa-sha2-256": return verifier.isValidSignature(signature, for: Crypto.SHA256.hash(data: signed), padding: .insecurePKCS1v1_5)
            default: return false  // "ssh-rsa" signatures use SHA-1, which is refused
            }
        }
    }

    /// What the key actually signed: the magic, the namespace, the reserved field, the hash
    /// algorithm and the message's digest (PROTOCOL.sshsig).
    private func signedData(_ message: some Collection<UInt8>) -> [UInt8] {
        let digest: [UInt8] =
            hashAlgorithm == "sha256"
            ? Array(Crypto.SHA256.hash(data: Array(message))) : Array(Crypto.SHA512.hash(data: Array(message)))
        var writer = SSHWireWriter()
        writer.raw(Self.magic)
        writer.string(Array(namespace.utf8))
        writer.string([UInt8]())
        writer.string(Array(hashAlgorithm.utf8))
        writer.string(digest)
        return writer.bytes
    }

    /// An ECDSA signature's `mpint r, mpint s` as the 64 bytes `r || s`.
    private static func ecdsaRawSignature(_ bytes: [UInt8]) -> [UInt8]? {
        var reader = SSHWireReader(bytes)
        guard let r = try? reader.positiveInteger(), let s = try? reader.positiveInteger(), reader.isAtEnd,
            r.count <= 32, s.count <= 32
        else { return nil }
        return [UInt8](repeating: 0, count: 32 - r.count) + r + [UInt8](repeating: 0, count: 32 - s.count) + s
    }
}

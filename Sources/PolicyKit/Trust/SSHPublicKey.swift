import Crypto
import Foundation

/// An SSH public key as written in `authorized_keys` and `allowed_signers` files:
/// `ssh-ed25519 AAAAC3Nza... comment`. Ed25519, ECDSA P-256 and RSA keys are understood.
public struct SSHPublicKey: Sendable, Hashable, CustomStringConvertible {
    /// The kinds of key whose signatures policylab can verify.
    public enum Algorithm: String, Sendable, Hashable, CaseIterable {
        /// An Ed25519 key.
        case ed25519 = "ssh-ed25519"
        /// An ECDSA key on the NIST P-256 curve.
        case ecdsaP256 = "ecdsa-sha2-nistp256"
        /// An RSA key (signatures with SHA-256 or SHA-512).
        case rsa = "ssh-rsa"
    }

    /// The key's algorithm.
    public let algorithm: Algorithm
    /// The key in the SSH wire encoding (the base64 part of the text form, decoded).
    public let blob: [UInt8]
    /// The key material, per algorithm: the 32-byte Ed25519 key, the uncompressed P-256 point,
    /// or RSA's modulus and exponent.
    let material: Material

    enum Material: Sendable, Hashable {
        case ed25519([UInt8])
        case ecdsaP256([UInt8])
        case rsa(modulus: [UInt8], exponent: [UInt8])
    }

    /// Reads the text form (`TYPE BASE64 [COMMENT]`).
    public init(text: String) throws(SSHFormatError) {
        let fields = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard fields.count >= 2 else { throw .malformed("expected 'TYPE BASE64 [COMMENT]', such as 'ssh-ed25519 AAAAC3Nza...'") }
        guard let decoded = Data(base64Encoded: String(fields[1])) else { throw .malformed("the key is not valid base64") }
        try self.init(blob: Array(decoded))
        guard algorithm.rawValue == fields[0] else {
            throw .malformed("the key says it is '\(fields[0])' but holds a \(algorithm.rawValue) key")
        }
    }

    /// Reads the wire encoding.
    public init(blob: [UInt8]) throws(SSHFormatError) {
        var reader = SSHWireReader(blob)
        let name = try reader.name()
        guard let algorithm = Algorithm(rawValue: name) else {
            throw .malformed("unsupported key type '\(name)' (expected \(Algorithm.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        switch algorithm {
        case .ed25519:
            let key = try reader.string()
            guard key.count == 32 else { throw .malformed("an Ed25519 key must be 32 bytes, not \(key.count)") }
            material = .ed25519(key)
        case .ecdsaP256:
            guard try reader.name() == "nistp256" else { throw .malformed("an ecdsa-sha2-nistp256 key on another curve") }
            let point = try reader.string()
            guard point.count == 65, point.first == 4 else { throw .malformed("a P-256 key must be an uncompressed point of 65 bytes") }
            material = .ecdsaP256(point)
        case .rsa:
            let exponent = try reader.positiveInteger()
            let modulus = try reader.positiveInteger()
            guard modulus.count * 8 >= 2048 else { throw .malformed("RSA keys shorter than 2048 bits are refused") }
            guard modulus.count <= 2048, !exponent.isEmpty, exponent.count <= 8 else { throw .malformed("an RSA key of an unsupported size") }
            material = .rsa(modulus: modulus, exponent: exponent)
        }
        guard reader.isAtEnd else { throw .malformed("bytes after the end of the key") }
        self.algorithm = algorithm
        self.blob = blob
    }

    /// The fingerprint `ssh-keygen -l` prints: `SHA256:` and the unpadded base64 of the blob's digest.
    public var fingerprint: String {
        let digest = Data(Crypto.SHA256.hash(data: blob)).base64EncodedString()
        return "SHA256:" + digest.replacingOccurrences(of: "=", with: "")
    }

    /// The text form without a comment.
    public var text: String { "\(algorithm.rawValue) \(Data(blob).base64EncodedString())" }

    /// The algorithm and the fingerprint, `ssh-ed25519 SHA256:...`.
    public var description: String { "\(algorithm.rawValue) \(fingerprint)" }
}

extension SSHPublicKey: Encodable {
    /// Encoded as its text form, as it is written in the records.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}

import CSHA256

/// SHA-256 from mbedcrypto (installed with libgit2-dev), for evidence files and verified statements.
public enum SHA256 {
    /// The digest of `bytes` in lowercase hex.
    public static func hex(_ bytes: some Collection<UInt8>) -> String {
        var digest = [UInt8](repeating: 0, count: 32)
        let input = Array(bytes)
        input.withUnsafeBufferPointer { source in
            digest.withUnsafeMutableBufferPointer { output in
                // mbedtls_sha256_ret only fails on hardware-accelerator errors, which this build has none of.
                _ = mbedtls_sha256_ret(source.baseAddress, source.count, output.baseAddress, 0)
            }
        }
        return lowercaseHex(digest)
    }

    /// `bytes` in lowercase hex (any digest, this one's or swift-crypto's).
    static func lowercaseHex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text = [UInt8]()
        text.reserveCapacity(64)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The digest of a verified statement: its UTF-8 text with surrounding white space trimmed.
    public static func ofStatement(_ statement: String) -> String {
        hex(Array(statement.trimmingWhitespace().utf8))
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}

/// Reading SSH public keys (`signing_key`) from a mapping.
extension FieldReader {
    /// The SSH public key under `key`, or nil when absent or unreadable (reported as an error).
    func signingKey(_ key: String) -> SSHPublicKey? {
        guard let text: String = optional(key) else { return nil }
        do {
            return try SSHPublicKey(text: text)
        } catch {
            add(.error, "'\(key)' is not an SSH public key: \(error) (paste the one line of your .pub file)", at: keyPositions[key])
            return nil
        }
    }
}

/// `translation_of`: the SHA-256 of the source record's translatable text.
///
/// The digest covers exactly the texts of `Record.translatableTexts`, in that order: for each
/// non-empty text, its key path, a line feed, the byte count of its normalised UTF-8 text in
/// decimal, a line feed, the normalised text and a line feed (normalised: line endings as `\n`,
/// surrounding white space trimmed). Structural fields (ids, dates, statuses, references) are not
/// in it, so changing them leaves translations current.
public enum TranslationDigest {
    /// The canonical serialisation that is hashed.
    public static func serialisation(of texts: [TranslatableText]) -> [UInt8] {
        var bytes: [UInt8] = []
        for item in texts {
            let text = Array(item.normalized.utf8)
            guard !text.isEmpty else { continue }
            bytes += Array("\(item.key)\n\(text.count)\n".utf8) + text + [UInt8(ascii: "\n")]
        }
        return bytes
    }

    /// The lowercase hex SHA-256 of `serialisation(of:)`.
    public static func of(_ texts: [TranslatableText]) -> String { SHA256.hex(serialisation(of: texts)) }

    /// The digest of a record's translatable text.
    public static func of(_ record: Record) -> String { of(record.translatableTexts) }

    /// Whether `value` is written like a digest: 64 lowercase hex digits.
    public static func isDigest(_ value: String) -> Bool {
        value.utf8.count == 64 && value.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }
}

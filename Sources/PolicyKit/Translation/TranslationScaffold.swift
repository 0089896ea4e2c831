/// The text of a new translation file: every translatable text of the source in its place,
/// marked as still to translate, with the source's current `translation_of`.
public enum TranslationScaffold {
    /// Put before each text still to translate; `check` warns while one is left.
    public static let marker = "[to translate]"

    /// The scaffold of a translation of `record`.
    public static func text(for record: Record) -> String {
        let texts = record.translatableTexts
        var lines = ["---", "translation_of: \(TranslationDigest.of(texts))"]
        var currentList: String?
        var currentItem: String?
        for text in texts where text.key != "body" {
            let parts = text.key.split(separator: ".").map(String.init)
            let value = YAMLText.quoted("\(marker) \(text.normalized)")
            if parts.count == 1 {
                lines.append("\(text.key): \(value)")
                continue
            }
            if currentList != parts[0] { lines.append("\(parts[0]):"); currentList = parts[0] }
            let item = "\(parts[0]).\(parts[1])"
            defer { currentItem = item }
            if parts.count == 2 {
                lines.append("  - \(value)")
            } else if parts[0] == "stakeholders" {
                if currentItem != item { lines.append("  \(parts[1]):") }
                lines.append("    \(parts[2]): \(value)")
            } else {
                lines.append((currentItem != item ? "  - " : "    ") + "\(parts[2]): \(value)")
            }
        }
        lines.append("---")
        var result = lines.joined(separator: "\n") + "\n"
        if let body = texts.first(where: { $0.key == "body" }) {
            result += "\(marker)\n\n" + body.normalized + "\n"
        }
        return result
    }

    /// `text` (a translation file) with `translation_of` set to `digest`: the line replaced, or
    /// added after the opening `---`.
    public static func markingCurrent(_ text: String, digest: String) -> String {
        var lines = text.components(separatedBy: "\n")
        guard lines.first?.trimmingWhitespace() == "---" else { return text }
        if let index = lines.indices.dropFirst().prefix(while: { lines[$0].trimmingWhitespace() != "---" }).first(where: {
            lines[$0].hasPrefix("translation_of:")
        }) {
            let ending = lines[index].hasSuffix("\r") ? "\r" : ""
            lines[index] = "translation_of: \(digest)" + ending
        } else {
            lines.insert("translation_of: \(digest)", at: 1)
        }
        return lines.joined(separator: "\n")
    }
}

/// Escapes record text for Markdown, so that a title holding `<script>`, `[link](javascript:...)`,
/// `**` or a leading `#` reads as the text it is and never turns into markup.
enum MarkdownText {
    /// Characters that start inline markup anywhere in a line.
    private static let inlineSpecials: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&", "~", "|", "!"]

    /// `text` on one line, with every markup character backslash-escaped.
    static func escape(_ text: String) -> String {
        if isPlain(text) { return text }
        let flattened = text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingWhitespace()
        var result = ""
        for character in flattened {
            if inlineSpecials.contains(character) { result.append("\\") }
            result.append(character)
        }
        // At the start of a line these begin a heading, a list, a quote or a setext underline.
        if let first = result.first, "#+-=".contains(first) {
            result.insert("\\", at: result.startIndex)
        } else if let dot = result.firstIndex(where: { !$0.isASCII || !$0.isNumber }), dot != result.startIndex,
            result[dot] == "." || result[dot] == ")"
        {
            result.insert("\\", at: dot)
        }
        return result
    }

    /// Text that escaping would leave as it is: one line, no markup character, no surrounding space,
    /// not starting like a block or a numbered list. Most titles and summaries are; checking the
    /// bytes is much cheaper than escaping character by character.
    private static func isPlain(_ text: String) -> Bool {
        guard let first = text.utf8.first, let last = text.utf8.last,
            !(first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")), !"#+-= \t".utf8.contains(first),
            last != UInt8(ascii: " "), last != UInt8(ascii: "\t")
        else { return false }
        return !text.utf8.contains { byte in
            byte < 0x20 || byte >= 0x80 || plainBreakers[Int(byte)]
        }
    }

    /// Whether each ASCII byte is one of `inlineSpecials`.
    private static let plainBreakers: [Bool] = (0..<128).map { byte in inlineSpecials.contains(Character(Unicode.Scalar(UInt8(byte)))) }

    /// A link target: only http(s) URLs, with characters that could end the target percent-encoded.
    static func linkTarget(_ url: String) -> String? {
        guard MarkdownDocument.isSafe(url), !url.isEmpty else { return nil }
        var result = ""
        for scalar in url.unicodeScalars {
            switch scalar {
            case " ": result += "%20"
            case "<": result += "%3C"
            case ">": result += "%3E"
            case "(": result += "%28"
            case ")": result += "%29"
            case "\n", "\r", "\t": continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Markdown from a record body, made safe (raw HTML shown as text, unsafe links dropped).
    static func sanitised(_ markdown: String) -> String {
        MarkdownDocument(markdown).commonMark().trimmingWhitespace()
    }
}

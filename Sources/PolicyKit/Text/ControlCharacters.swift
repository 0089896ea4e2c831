/// The characters that must never reach a terminal, a feed or a page as they are: C0 and C1
/// control characters, DEL, Unicode non-characters, and the bidirectional overrides that can make
/// text display in another order than it reads ("Trojan Source").
public enum ControlCharacters {
    /// Whether `scalar` is a control character or non-character (newline and tab included).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || isNonCharacter(value)
    }

    /// Whether `scalar` reorders the display of the text around it.
    public static func isBidiOverride(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// U+FDD0..U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE...).
    public static func isNonCharacter(_ value: UInt32) -> Bool {
        (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE
    }

    /// Whether `text` holds anything `escaped` would change.
    public static func contains(in text: String, allowingNewlines: Bool) -> Bool {
        // Bytes first: printable ASCII (most records) needs no decoding.
        var needsScalars = false
        for byte in text.utf8 {
            if byte >= 0x80 { needsScalars = true; break }
            if byte == 0x7F || (byte < 0x20 && !(allowingNewlines && (byte == 0x0A || byte == 0x09))) { return true }
        }
        guard needsScalars else { return false }
        return text.unicodeScalars.contains { isUnsafe($0, allowingNewlines: allowingNewlines) }
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar, allowingNewlines: Bool) -> Bool {
        if allowingNewlines, scalar == "\n" || scalar == "\t" { return false }
        return isControl(scalar) || isBidiOverride(scalar)
    }

    /// `text` with each unsafe character written as an escape, the way git quotes file names:
    /// `\e`, `\a`, `\b`, `\r`, `\n`, `\t`, `\x1b`-style bytes for other C0 characters, and
    /// `\u{9b}` for the others. Newlines and tabs are kept when `allowingNewlines`.
    public static func escaped(_ text: String, allowingNewlines: Bool = false) -> String {
        guard contains(in: text, allowingNewlines: allowingNewlines) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isUnsafe(scalar, allowingNewlines: allowingNewlines) else {
                result.append(scalar)
                continue
            }
            result.append(contentsOf: escape(scalar).unicodeScalars)
        }
        return String(result)
    }

    /// `text` without its unsafe characters (newlines and tabs kept when `allowingNewlines`), for
    /// outputs where an escape would be noise: pages, feeds, CSV and posts.
    public static func removed(from text: String, allowingNewlines: Bool = true) -> String {
        guard contains(in: text, allowingNewlines: allowingNewlines) else { return text }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: text.unicodeScalars.filter { !isUnsafe($0, allowingNewlines: allowingNewlines) })
        return String(result)
    }

    private static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n": return "\\n"
        case "\t": return "\\t"
        case "\r": return "\\r"
        case "\u{1B}": return "\\e"
        case "\u{07}": return "\\a"
        case "\u{08}": return "\\b"
        default:
            let hex = String(scalar.value, radix: 16)
            return scalar.value < 0x80 ? "\\x" + (hex.count < 2 ? "0" + hex : hex) : "\\u{\(hex)}"
        }
    }
}

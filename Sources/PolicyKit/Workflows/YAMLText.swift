import Foundation

/// Writes YAML values the way a careful person would by hand: ids, words from a vocabulary and
/// dates plain; free text double-quoted (JSON string syntax is valid YAML), so that no title can
/// turn into a number, a boolean, a comment or a second key.
enum YAMLText {
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) || scalar.value == 0x2028
                    || scalar.value == 0x2029
                {
                    result += String(format: "\\u%04X", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// An id, a date or a vocabulary word as it is, plain; anything else (an imported value that
    /// may be `yes`, `#` or `a: b`) quoted, so that it reads back as the same text.
    static func plainWord(_ word: String) -> String {
        let safe = !word.isEmpty && word.unicodeScalars.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-" }
        return safe ? word : quoted(word)
    }

    /// `[a, b]` for ids and vocabulary words.
    static func flowList(_ words: [String]) -> String {
        "[" + words.joined(separator: ", ") + "]"
    }

    /// `["a", "b"]` for free text.
    static func quotedList(_ texts: [String]) -> String {
        flowList(texts.map(quoted))
    }
}

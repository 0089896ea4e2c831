import Foundation

/// The one JSON style of every JSON output: pretty, keys sorted and in snake_case like the
/// record files, so the output is stable and diffable.
public enum JSONOutput {
    /// `value` as pretty JSON with sorted snake_case keys, terminal-unsafe characters escaped as `\uXXXX`.
    public static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return escapingControls(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// JSON escapes C0 characters itself; C1 characters, DEL, non-characters and bidirectional
    /// overrides are valid in JSON strings but unsafe on a terminal, so they are written as `\\uXXXX`
    /// (astral non-characters as their surrogate pair), which any JSON reader decodes back.
    static func escapingControls(_ json: String) -> String {
        guard ControlCharacters.contains(in: json, allowingNewlines: true) else { return json }
        var result = ""
        for scalar in json.unicodeScalars {
            if scalar != "\n", scalar != "\t", ControlCharacters.isControl(scalar) || ControlCharacters.isBidiOverride(scalar) {
                for unit in String(scalar).utf16 { result += "\\u" + String(format: "%04x", unit) }
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

import Foundation

/// Properties a target checks on top of "no crash": a failure prints what was wrong and aborts,
/// which libFuzzer reports as a crash and saves the input as `crash-*`.
public enum FuzzProperty {
    public static func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
                               _ output: @autoclosure () -> String = "") {
        guard !condition() else { return }
        FileHandle.standardError.write(Data("PROPERTY FAILED: \(message())\n--- output ---\n\(output())\n---\n".utf8))
        abort()
    }

    /// HTML with no `<script` element, in any case.
    public static func hasNoScript(_ html: String) -> Bool {
        !html.lowercased().contains("<script")
    }

    /// The first `href` or `src` attribute whose target has a scheme other than http(s) or mailto
    /// (after decoding entities and dropping the tabs, newlines and spaces browsers ignore), or nil.
    public static func unsafeLink(in html: String) -> String? {
        let lower = html.lowercased()
        for attribute in ["href=\"", "src=\""] {
            var rest = lower[...]
            while let start = rest.range(of: attribute) {
                let value = rest[start.upperBound...].prefix { $0 != "\"" }
                let before = start.lowerBound > lower.startIndex ? lower[lower.index(before: start.lowerBound)] : " "
                rest = rest[start.upperBound...]
                // An attribute follows white space (or a quote that ended the one before) inside a
                // tag; `…href="` elsewhere is the end of some value or text, such as an address
                // ending in `href=` (a false alarm of FuzzMarkdown).
                guard " \t\n\r\u{0C}\"'".contains(before) else { continue }
                let decoded = decodeEntities(String(value)).filter { !" \t\n\r".contains($0) && !($0.asciiValue.map { $0 < 0x20 } ?? false) }
                if let colon = decoded.firstIndex(of: ":"), !decoded[..<colon].contains(where: { "/?#".contains($0) }) {
                    let scheme = decoded[..<colon]
                    if !["http", "https", "mailto"].contains(scheme) { return String(value) }
                }
            }
        }
        return nil
    }

    /// `&amp;`, `&colon;` and numeric references decoded, as a browser reads an attribute.
    static func decodeEntities(_ text: String) -> String {
        var result = ""
        var rest = text[...]
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let after = rest[rest.index(after: ampersand)...]
            guard let semicolon = after.firstIndex(of: ";"), after.distance(from: after.startIndex, to: semicolon) <= 10 else {
                result += "&"
                rest = after
                continue
            }
            let name = after[..<semicolon]
            var decoded: String?
            if name.hasPrefix("#x"), let code = UInt32(name.dropFirst(2), radix: 16) { decoded = Unicode.Scalar(code).map(String.init) }
            else if name.hasPrefix("#"), let code = UInt32(name.dropFirst()) { decoded = Unicode.Scalar(code).map(String.init) }
            else { decoded = ["amp": "&", "colon": ":", "lt": "<", "gt": ">", "quot": "\"", "tab": "\t", "newline": "\n"][String(name)] }
            if let decoded {
                result += decoded
                rest = after[after.index(after: semicolon)...]
            } else {
                result += "&"
                rest = after
            }
        }
        return result + rest
    }
}

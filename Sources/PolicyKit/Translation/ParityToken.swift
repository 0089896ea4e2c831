import Foundation

/// A fact in a text that a translation must keep as it is: a number, percentage, year, date,
/// amount, URL or record reference, in a canonical form that does not depend on the language's
/// way of writing it (`1,000.5` in English and `1 000,5` in French are both `1000.5`).
public struct ParityToken: Sendable, Hashable, Comparable, Encodable {
    /// What kind of fact the token is.
    public enum Kind: String, Sendable, Hashable, Encodable {
        case number, percentage, year, date, amount, url, reference
    }

    /// What kind of fact it is: number, percentage, year, date, amount, URL or record reference.
    public var kind: Kind
    /// The canonical value (`1000.5`, `50%`, `2019-03-01`, `https://...`, `method:co-design`).
    public var value: String

    /// Orders tokens by value, then by kind.
    public static func < (lhs: ParityToken, rhs: ParityToken) -> Bool { (lhs.value, lhs.kind.rawValue) < (rhs.value, rhs.kind.rawValue) }

    /// How a message names it: `the year 2025`, `the URL https://...`.
    public var described: String {
        switch kind {
        case .url: "the URL \(value)"
        case .reference: "the reference \(value)"
        default: "the \(kind.rawValue) \(value)"
        }
    }

    private static let url = pattern(#"https?://[^\s<>()\[\]"'`]+"#)
    private static let reference = pattern(#"\b(?:method|project|lesson|claim|evidence):[a-z0-9][a-z0-9/-]*"#)
    private static let isoDate = pattern(#"(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])"#)
    private static let number = pattern(
        #"(?<![\p{L}\d.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)*)(?![\p{L}\d])"#)

    /// The patterns are constants of this file: one that failed to compile would be a bug that the tests catch at once.
    private static func pattern(_ text: String) -> NSRegularExpression? { try? NSRegularExpression(pattern: text) }

    /// The tokens of `text`, written in `language` (`en`, `fr`...: it decides whether `,` groups
    /// thousands or marks decimals), sorted.
    public static func tokens(in text: String, language: String) -> [ParityToken] {
        var remaining = text as NSString
        var tokens: [ParityToken] = []
        for (regex, kind) in [(url, Kind.url), (reference, .reference), (isoDate, .date)] {
            guard let regex else { continue }
            for match in regex.matches(in: remaining as String, range: NSRange(location: 0, length: remaining.length)).reversed() {
                var value = remaining.substring(with: match.range)
                if kind == .url { while let last = value.last, ".,;:!?".contains(last) { value.removeLast() } }
                tokens.append(ParityToken(kind: kind, value: value))
                remaining = remaining.replacingCharacters(in: match.range, with: " ") as NSString
            }
        }
        let rest = remaining as String
        for match in number?.matches(in: rest, range: NSRange(location: 0, length: remaining.length)) ?? [] {
            let written = remaining.substring(with: match.range)
            let value = canonicalNumber(written, language: language)
            let after = remaining.substring(from: match.range.location + match.range.length)
            let before = remaining.substring(to: match.range.location)
            tokens.append(ParityToken(kind: kind(of: value, before: before, after: after), value: value + (isPercentage(after) ? "%" : "")))
        }
        return tokens.sorted()
    }

    /// `1,000` is a thousand in English; `1,5` one and a half in French; spaces group thousands.
    static func canonicalNumber(_ written: String, language: String) -> String {
        var text = written.filter { $0 != " " && $0 != "\u{00A0}" && $0 != "\u{202F}" }
        let groups = text.split(separator: ",")
        let thousands = groups.count > 1 && groups.dropFirst().allSatisfy { $0.count == 3 && !$0.contains(".") }
        if language == "en" || (thousands && language != "fr") {
            if thousands { text = text.replacingOccurrences(of: ",", with: "") }
        } else if !text.contains(".") {
            text = text.replacingOccurrences(of: ",", with: ".")
        }
        return text
    }

    private static func isPercentage(_ after: String) -> Bool {
        let trimmed = after.drop { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" }
        return trimmed.hasPrefix("%") || trimmed.lowercased().hasPrefix("per cent") || trimmed.lowercased().hasPrefix("pour cent")
    }

    private static func kind(of value: String, before: String, after: String) -> Kind {
        if isPercentage(after) { return .percentage }
        let currency = "£$€¥"
        let previous = before.reversed().drop { $0 == " " || $0 == "\u{00A0}" }.first
        let next = after.drop { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" }.first
        if let previous, currency.contains(previous) { return .amount }
        if let next, currency.contains(next) { return .amount }
        let upperAfter = after.drop { $0 == " " || $0 == "\u{00A0}" }.prefix(4)
        if ["EUR", "GBP", "USD", "CAD"].contains(where: { upperAfter.hasPrefix($0) }) { return .amount }
        if value.count == 4, let year = Int(value), (1800...2199).contains(year) { return .year }
        return .number
    }
}

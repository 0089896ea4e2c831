import Foundation
import PolicyKit

/// ArgumentParser's usage errors in the words of every other message: lowercase, saying why a
/// value is invalid, and naming every required option that is missing rather than the first.
enum ParserMessage {
    /// `message` (ArgumentParser's, without "Error: ") rewritten for `arguments` (the command line).
    static func rewritten(_ message: String, arguments: [String]) -> String {
        var lines = message.components(separatedBy: "\n")
        guard let first = lines.first else { return message }
        if let match = first.firstMatch(of: /^The value '(.*)' is invalid for '([^']*)'(.*)$/) {
            let value = String(match.1), option = String(match.2).split(separator: " ").first.map(String.init) ?? String(match.2)
            var text = "the value '\(value)' is invalid for \(option)"
            if let reason = reason(value: value, option: String(match.2), rest: String(match.3)) {
                text += ": " + reason
            } else if let choices = String(match.3).firstMatch(of: /^\. Please provide one of (.*)\.$/) {
                let values = String(choices.1).matches(of: /'([^']*)'/).map { String($0.1) }
                text += " (expected \(list(values, or: true)))" + Suggestion.hint(for: value, among: values)
            } else {
                text += match.3
            }
            lines[0] = text
        } else if first.hasPrefix("Missing expected argument") {
            let missing = missingRequirements(usage: lines.first { $0.hasPrefix("Usage: ") } ?? "", arguments: arguments, first: first)
            lines[0] = "missing " + list(missing)
        } else if let letter = first.first, letter.isUppercase, first.dropFirst().first?.isLowercase == true {
            lines[0] = letter.lowercased() + first.dropFirst()
        }
        return lines.joined(separator: "\n")
    }

    /// Why a date was refused (ArgumentParser only says it is invalid).
    private static func reason(value: String, option: String, rest: String) -> String? {
        guard option.contains("<") else { return nil }
        // Options that take a day: their help says YYYY-MM-DD; any value that is meant as one.
        if let problem = Day.problem(with: value), value.first?.isNumber == true { return problem }
        return nil
    }

    /// Every required option of the usage line that the command line does not give, and the
    /// argument ArgumentParser named first.
    static func missingRequirements(usage: String, arguments: [String], first: String) -> [String] {
        var named: [String] = []
        if let match = first.firstMatch(of: /'([^']*)'/) {
            let token = String(match.1).split(separator: " ").first.map(String.init) ?? String(match.1)
            named.append(token.hasPrefix("<") ? token.trimmingCharacters(in: CharacterSet(charactersIn: "<>")).uppercased() : token)
        }
        // Outside [optional] groups, the usage line's --options are required.
        var depth = 0
        var required: [String] = []
        for word in usage.split(separator: " ") {
            if word.hasPrefix("[") { depth += word.filter { $0 == "[" }.count }
            if depth == 0, word.hasPrefix("--") { required.append(String(word)) }
            depth -= word.filter { $0 == "]" }.count
        }
        let given = Set(arguments.map { $0.split(separator: "=").first.map(String.init) ?? $0 })
        for option in required where !given.contains(option) && !named.contains(option) { named.append(option) }
        return named
    }

    /// "--a", "--a and --b", "--a, --b and --c" (or "or").
    static func list(_ items: [String], or: Bool = false) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + (or ? " or " : " and ") + last
    }
}

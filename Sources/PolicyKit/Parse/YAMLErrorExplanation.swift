/// libyaml's syntax errors in plain words, on the line to fix and with how to fix it, for the
/// mistakes people make editing front matter by hand: an unclosed quote, text after a closing quote,
/// an unquoted ': ' in a value, a key indented more or less than its neighbours, a list item with no
/// space after its '-'.
///
/// libyaml reports where it gave up, which is often a line or more after the mistake (an unclosed
/// quote is reported at the end of the text). These rules read the lines around that place to find
/// the mistake itself. Lines and columns are 1-based and relative to the YAML text.
enum YAMLErrorExplanation {
    struct Explanation: Equatable {
        var message: String
        var line: Int
        var column: Int
    }

    /// One line of block YAML as people write it: `  - key: value`.
    struct Line {
        let text: Substring
        /// The column of the key, or of the content when the line has no key (1-based).
        let column: Int
        let isListItem: Bool
        let key: String?
        /// What follows `key:` (or the whole content when there is no key), without the spaces before it.
        let value: Substring
        /// The column where `value` starts.
        let valueColumn: Int

        init(_ text: Substring) {
            self.text = text
            var rest = text.drop { $0 == " " }
            var column = text.count - rest.count + 1
            isListItem = rest.hasPrefix("- ") || rest == "-"
            if isListItem {
                let afterDash = rest.dropFirst().drop { $0 == " " }
                column += rest.count - afterDash.count
                rest = afterDash
            }
            self.column = column
            let keyEnd = rest.firstIndex { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
            if let keyEnd, keyEnd != rest.startIndex, rest[keyEnd] == ":",
                rest.index(after: keyEnd) == rest.endIndex || rest[rest.index(after: keyEnd)] == " "
            {
                key = String(rest[..<keyEnd])
                let afterColon = rest[rest.index(after: keyEnd)...]
                value = afterColon.drop { $0 == " " }
                valueColumn = column + rest.distance(from: rest.startIndex, to: keyEnd) + 1 + (afterColon.count - value.count)
            } else {
                key = nil
                value = rest
                valueColumn = column
            }
        }

        var isBlankOrComment: Bool {
            let content = text.drop { $0 == " " }
            return content.isEmpty || content.hasPrefix("#")
        }

        /// How the line is named in a message: "'title'", or "this list item".
        var name: String { key.map { "'\($0)'" } ?? (isListItem ? "this list item" : "this line") }
    }

    /// - Parameters:
    ///   - problem: libyaml's problem ("mapping values are not allowed in this context").
    ///   - context: libyaml's context ("while scanning a quoted scalar"), if any.
    ///   - line, column: where libyaml gave up.
    ///   - contextLine: where the construct named by `context` started.
    ///   - lineOffset: added to a YAML line to give the file's line, for messages that name another line.
    static func explain(
        problem: String, context: String?, line: Int, column: Int, contextLine: Int?, in yaml: String,
        lineOffset: Int
    ) -> Explanation? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(Line.init)
        guard line >= 1, !lines.isEmpty else { return nil }
        let last = min(line, lines.count)
        // An unclosed quote runs on to the end of the text, or to the next quote, where YAML then
        // finds no key: a quote opened and not closed on its line before that place is the mistake.
        // (A quoted value may go on over several lines: only a failure makes one suspect.)
        if context == "while scanning a quoted scalar" || problem.hasPrefix("did not find expected key"),
            let explanation = unclosedQuote(in: lines, upTo: last)
        {
            return explanation
        }
        if let explanation = textAfterClosingQuote(lines[last - 1], line: last) { return explanation }
        for candidate in [contextLine, line].compactMap({ $0 }) where candidate >= 1 && candidate <= lines.count {
            if let explanation = missingSpaceAfterDash(lines[candidate - 1], line: candidate) { return explanation }
        }
        let here = lines[last - 1]
        let previous = lines[..<(last - 1)].lastIndex { !$0.isBlankOrComment }.map { ($0 + 1, lines[$0]) }
        if problem.hasPrefix("mapping values are not allowed") {
            if let (previousLine, before) = previous, here.key != nil, here.column > before.column, before.key != nil,
                !before.value.isEmpty, !before.value.hasPrefix("#")
            {
                return Explanation(
                    message: "\(here.name) is indented more than \(before.name) on line \(previousLine + lineOffset): "
                        + "keys of one mapping start in the same column (here column \(before.column)); indent it like \(before.name), "
                        + "or, if it belongs under \(before.name), end that line with ':' and put its value on the lines below",
                    line: last, column: here.column)
            }
            if let key = here.key, here.value.contains(": ") || here.value.hasSuffix(":") {
                return Explanation(
                    message: "the value of '\(key)' contains ': ', which YAML reads as the start of a new key: "
                        + "put the whole value in quotes (\(key): \"\(escapedForDoubleQuotes(here.value))\")",
                    line: last, column: column)
            }
        }
        if problem.hasPrefix("did not find expected key") || problem.hasPrefix("did not find expected '-' indicator"),
            let (previousLine, before) = previous, here.column != before.column
        {
            let side = here.column < before.column ? "less" : "more"
            return Explanation(
                message: "\(here.name) is indented \(side) than \(before.name) on line \(previousLine + lineOffset): "
                    + "keys of one mapping start in the same column, and so do the '-' of one list; "
                    + "line it up with the entry it belongs to",
                line: last, column: here.column)
        }
        return nil
    }

    /// The first value that opens a quote and does not close it on its line: YAML then reads on
    /// into the following lines, and fails far from the mistake.
    private static func unclosedQuote(in lines: [Line], upTo last: Int) -> Explanation? {
        for (index, line) in lines.prefix(last).enumerated() where !line.isBlankOrComment {
            guard let quote = line.value.first, quote == "\"" || quote == "'" else { continue }
            if closingQuote(of: line.value) == nil {
                return Explanation(
                    message: "the quoted value of \(line.name) is not closed: add the closing \(quote) at the end of the value, "
                        + "on the same line",
                    line: index + 1, column: line.valueColumn)
            }
        }
        return nil
    }

    /// `title: "A" method`: a value that starts with a quote ends at the closing quote.
    private static func textAfterClosingQuote(_ line: Line, line number: Int) -> Explanation? {
        guard let quote = line.value.first, quote == "\"" || quote == "'", let close = closingQuote(of: line.value) else { return nil }
        let after = line.value[line.value.index(after: close)...]
        let rest = after.drop { $0 == " " }
        guard !rest.isEmpty, !rest.hasPrefix("#"), !rest.hasPrefix(","), !rest.hasPrefix("]"), !rest.hasPrefix("}") else { return nil }
        let column = line.valueColumn + line.value.distance(from: line.value.startIndex, to: rest.startIndex)
        let whole = quote == "\"" ? "'\(line.value.replacingOccurrences(of: "'", with: "''"))'" : "\"\(escapedForDoubleQuotes(line.value))\""
        return Explanation(
            message: "text follows the closing quote of \(line.name): a value that starts with a quote must end with it; "
                + "quote the whole value instead (\(line.key.map { "\($0): " } ?? "")\(whole))",
            line: number, column: column)
    }

    /// `-define` in a list: YAML needs a space after the dash of a list item.
    private static func missingSpaceAfterDash(_ line: Line, line number: Int) -> Explanation? {
        let content = line.text.drop { $0 == " " }
        guard content.hasPrefix("-"), let second = content.dropFirst().first, second != " ", second != "-" else { return nil }
        return Explanation(
            message: "missing space after '-': a list item is written '- \(content.dropFirst())'",
            line: number, column: line.text.count - content.count + 1)
    }

    /// The index of the quote that closes the quoted scalar `value` starts with, if it is on this line.
    static func closingQuote(of value: Substring) -> Substring.Index? {
        guard let quote = value.first else { return nil }
        var index = value.index(after: value.startIndex)
        while index < value.endIndex {
            let character = value[index]
            if quote == "\"" && character == "\\" {
                index = value.index(after: index)
                if index < value.endIndex { index = value.index(after: index) }
                continue
            }
            if character == quote {
                let next = value.index(after: index)
                if quote == "'" && next < value.endIndex && value[next] == "'" {
                    index = value.index(after: next)
                    continue
                }
                return index
            }
            index = value.index(after: index)
        }
        return nil
    }

    private static func escapedForDoubleQuotes(_ text: Substring) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }

    /// `title: #1 priority` parses, as an empty title and a comment: the finding that the value is
    /// empty then says why, and how to keep the '#'.
    static func explainingComment(_ finding: Finding, yaml: String, lineOffset: Int) -> Finding {
        guard finding.message.hasSuffix("' is empty"), let position = finding.position else { return finding }
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        let index = position.line - lineOffset - 1
        guard lines.indices.contains(index) else { return finding }
        let line = Line(lines[index])
        guard let key = line.key, line.value.hasPrefix("#") else { return finding }
        var explained = finding
        explained.message +=
            ": YAML reads a value that starts with '#' as a comment; put the value in quotes "
            + "(\(key): \"\(escapedForDoubleQuotes(line.value))\")"
        return explained
    }
}

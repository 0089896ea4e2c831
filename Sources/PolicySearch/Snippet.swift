import PolicyKit
/// A short extract of a record's text around the place where most query terms occur, with each
/// matching word marked `**like this**`.
enum Snippet {
    /// How many words a snippet shows.
    static let width = 24

    /// The extract of the first of `texts` (body, summary, title) that contains a query term,
    /// or the beginning of the first non-empty one.
    static func make(from texts: [String], terms: Set<String>) -> String {
        for text in texts {
            if let snippet = extract(text, terms: terms) { return snippet }
        }
        let fallback = texts.first { !words(in: $0).isEmpty } ?? ""
        let found = words(in: fallback)
        guard let first = found.first else { return "" }
        let last = found[min(found.count, width) - 1]
        return collapse(String(fallback[first.range.lowerBound..<last.range.upperBound])) + (found.count > width ? " …" : "")
    }

    private struct Word {
        var range: Range<String.Index>
        var matches: Bool
        var terms: [String]
    }

    private static func extract(_ text: String, terms: Set<String>) -> String? {
        let found = words(in: text).map { word -> Word in
            var word = word
            word.matches = !terms.isDisjoint(with: word.terms)
            return word
        }
        guard found.contains(where: \.matches) else { return nil }
        // The window of `width` words holding the most distinct query terms, the earliest on ties.
        var best = (start: 0, distinct: -1)
        for start in found.indices where found[start].matches {
            let window = found[start..<min(found.count, start + width)]
            let distinct = Set(window.filter(\.matches).flatMap(\.terms).filter(terms.contains)).count
            if distinct > best.distinct { best = (start, distinct) }
        }
        let start = max(0, min(best.start - 4, found.count - width))
        let end = min(found.count, start + width)
        var snippet = start > 0 ? "… " : ""
        var cursor = found[start].range.lowerBound
        for word in found[start..<end] {
            snippet += collapse(String(text[cursor..<word.range.lowerBound]))
            snippet += word.matches ? "**\(text[word.range])**" : String(text[word.range])
            cursor = word.range.upperBound
        }
        guard end < found.count else {
            // The whole rest of the text fits: keep its closing punctuation.
            return snippet + collapse(String(text[cursor...])).trimmingTrailingSpace()
        }
        return snippet + " …"
    }

    /// The runs of letters and digits of `text`, with the terms each one gives.
    private static func words(in text: String) -> [Word] {
        var found: [Word] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let isWord = character.isLetter || character.isNumber
            if isWord, start == nil { start = index }
            if !isWord, let first = start {
                found.append(Word(range: first..<index, matches: false, terms: Tokenizer.terms(String(text[first..<index]))))
                start = nil
            }
            index = text.index(after: index)
        }
        if let first = start { found.append(Word(range: first..<text.endIndex, matches: false, terms: Tokenizer.terms(String(text[first...])))) }
        return found
    }

    /// White space (line breaks included) as single spaces, Markdown heading marks dropped.
    private static func collapse(_ text: String) -> String {
        let pieces = text.split(whereSeparator: { $0.isWhitespace || $0 == "#" })
        if pieces.isEmpty { return text.isEmpty ? "" : " " }
        let joined = pieces.joined(separator: " ")
        let leading = text.first.map { $0.isWhitespace || $0 == "#" } ?? false
        let trailing = text.last.map { $0.isWhitespace || $0 == "#" } ?? false
        return (leading ? " " : "") + joined + (trailing ? " " : "")
    }
}

private extension String {
    func trimmingTrailingSpace() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}

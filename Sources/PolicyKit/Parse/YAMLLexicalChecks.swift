/// Checks on the raw front matter text that must run before, or explain the failure of, the
/// YAML parser. Lines and columns are 1-based and relative to the YAML text.
enum YAMLLexicalChecks {
    struct Place {
        var line: Int
        var column: Int
    }

    /// The first tab inside a line's indentation, which YAML forbids.
    static func tabIndentation(in yaml: String) -> Place? {
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for (column, character) in line.enumerated() {
                if character == "\t" { return Place(line: index + 1, column: column + 1) }
                if character != " " { break }
            }
        }
        return nil
    }

    /// An alias (`*name`) of an anchor (`&name`) defined in the text. Records never need them, and
    /// nested aliases are how a few lines of YAML expand into gigabytes ("billion laughs").
    static func anchorOrAlias(in yaml: String) -> (name: String, line: Int, column: Int)? {
        guard yaml.utf8.contains(UInt8(ascii: "&")), yaml.utf8.contains(UInt8(ascii: "*")) else { return nil }
        var anchors = Set<String>()
        var aliases: [(name: String, line: Int, column: Int)] = []
        var blockScalarIndent: Int?
        var openQuote: Character?
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let characters = Array(line)
            let indent = characters.prefix { $0 == " " }.count
            if let blockIndent = blockScalarIndent {
                if indent == characters.count || indent > blockIndent { continue }
                blockScalarIndent = nil
            }
            var atTokenStart = openQuote == nil
            var position = 0
            while position < characters.count {
                let character = characters[position]
                if let quote = openQuote {
                    if character == "\\" && quote == "\"" { position += 2; continue }
                    if character == quote {
                        if quote == "'" && position + 1 < characters.count && characters[position + 1] == "'" {
                            position += 2
                            continue
                        }
                        openQuote = nil
                    }
                    position += 1
                    continue
                }
                let next: Character? = position + 1 < characters.count ? characters[position + 1] : nil
                let followedBySpace = next == nil || next == " "
                if character == "#" && (position == 0 || characters[position - 1] == " ") {
                    break
                } else if atTokenStart && (character == "\"" || character == "'") {
                    openQuote = character
                    atTokenStart = false
                } else if atTokenStart && (character == "&" || character == "*") {
                    var end = position + 1
                    while end < characters.count, !" ,[]{}".contains(characters[end]) { end += 1 }
                    let name = String(characters[(position + 1)..<end])
                    if character == "&" { anchors.insert(name) } else { aliases.append((name, index + 1, position + 1)) }
                    position = end
                    continue
                } else if atTokenStart && (character == "|" || character == ">") {
                    blockScalarIndent = indent
                    break
                } else if "-?:".contains(character) && followedBySpace {
                    atTokenStart = true
                } else if "[{,".contains(character) {
                    atTokenStart = true
                } else if character != " " {
                    atTokenStart = false
                }
                position += 1
            }
        }
        return aliases.first { anchors.contains($0.name) }
    }

    /// The line on which `key:` is written again in the block mapping whose first `key:` is at
    /// `line`, `column` (1-based): the next line with the key at that column, before a line indented
    /// less ends the mapping. Nil for a flow mapping (`{a: 1, a: 2}`) or when the text is not found.
    static func repeatedKeyLine(_ key: String, after line: Int, column: Int, in yaml: String) -> Int? {
        // libyaml's lines: a lone `\r` ends one too.
        let lines = yaml.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard line >= 1, line <= lines.count else { return nil }
        for index in line..<lines.count {
            let text = lines[index]
            let indent = text.prefix { $0 == " " }.count
            let content = text.dropFirst(indent)
            if content.isEmpty || content.hasPrefix("#") { continue }
            if indent + 1 < column { return nil }
            guard indent + 1 == column else { continue }
            for quote in ["", "\"", "'"] where content.hasPrefix(quote + key + quote) {
                if content.dropFirst(key.count + 2 * quote.count).drop(while: { $0 == " " }).hasPrefix(":") { return index + 1 }
            }
        }
        return nil
    }
}

import Yams

/// Control characters and non-characters in a record, however they are written: raw in the file
/// or as YAML escapes (`"\e"`, `"\x0b"`, `"\0"`), which only the parsed value shows. One contributor
/// could otherwise break the lab's feed, hide lines on a terminal or garble a CSV.
enum ControlCharacterCheck {
    /// Findings for every scalar of the front matter that holds one. Newlines and tabs are allowed
    /// only in block scalars (`|`, `>`), where they are the text's own line breaks.
    static func findings(in root: Node.Mapping, yaml: String, context: FieldReader.Context) -> [Finding] {
        // Only a backslash (a YAML escape) or an unsafe character in the text can put one in a value.
        guard yaml.utf8.contains(UInt8(ascii: "\\")) || ControlCharacters.contains(in: yaml, allowingNewlines: true) else { return [] }
        var findings: [Finding] = []
        visit(.mapping(root), key: "", context: context, into: &findings)
        return findings
    }

    /// A finding for the first unsafe character of the body (newlines and tabs allowed).
    static func bodyFinding(_ frontMatter: FrontMatter, path: String) -> Finding? {
        let body = frontMatter.body
        let firstLine = frontMatter.yamlFirstLine + frontMatter.yaml.utf8.reduce(0) { $1 == 10 ? $0 + 1 : $0 } + 1
        guard let (line, column, scalar) = firstUnsafe(in: body, allowingNewlines: true) else { return nil }
        return .error(
            "the body holds \(describe(scalar)): remove it (control characters can hide text on a terminal and break feeds and pages)",
            in: path, at: SourcePosition(line: firstLine + line - 1, column: column))
    }

    private static func visit(_ node: Node, key: String, context: FieldReader.Context, into findings: inout [Finding]) {
        switch node {
        case .scalar(let scalar):
            let block = scalar.style == .literal || scalar.style == .folded
            guard let (_, _, character) = firstUnsafe(in: scalar.string, allowingNewlines: block) else { return }
            findings.append(
                Finding(
                    path: context.path, position: context.position(node.mark), severity: .error,
                    message: "'\(key.isEmpty ? "value" : key)' holds \(describe(character)): remove it "
                        + "(control characters can hide text on a terminal and break feeds and pages)"))
        case .mapping(let mapping):
            for (name, value) in mapping {
                let keyName = name.string ?? "?"
                visit(name, key: keyName, context: context, into: &findings)
                visit(value, key: key.isEmpty ? keyName : "\(key).\(keyName)", context: context, into: &findings)
            }
        case .sequence(let sequence):
            for (index, item) in sequence.enumerated() { visit(item, key: "\(key)[\(index)]", context: context, into: &findings) }
        case .alias:
            break
        }
    }

    /// The line (from 1), column (from 1) and scalar of the first unsafe character.
    private static func firstUnsafe(in text: String, allowingNewlines: Bool) -> (Int, Int, Unicode.Scalar)? {
        guard ControlCharacters.contains(in: text, allowingNewlines: allowingNewlines) else { return nil }
        var line = 1, column = 1
        for scalar in text.unicodeScalars {
            let allowed = allowingNewlines && (scalar == "\n" || scalar == "\t")
            if !allowed, ControlCharacters.isControl(scalar) || ControlCharacters.isBidiOverride(scalar) { return (line, column, scalar) }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return nil
    }

    static func describe(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let name =
            switch scalar.value {
            case 0: "NUL"
            case 0x07: "bell"
            case 0x08: "backspace"
            case 0x09: "a tab"
            case 0x0A: "a line break"
            case 0x0D: "a carriage return"
            case 0x1B: "escape"
            case 0x7F: "delete"
            case 0x80...0x9F: "a C1 control character"
            case 0x202A...0x202E, 0x2066...0x2069: "a bidirectional override"
            case _ where ControlCharacters.isNonCharacter(scalar.value): "a Unicode non-character"
            default: "a control character"
            }
        return "\(name) (\(code))"
    }
}

internal import CYaml
import Yams

/// The front matter composed into a YAML node tree, after the checks that keep hostile input
/// harmless: no tab indentation, no anchors or aliases (the way to build an "alias bomb"), and a
/// bounded number of nodes and depth.
struct YAMLDocument {
    /// Front matter is a handful of fields; anything far larger is a mistake or an attack.
    static let maximumNodes = 20_000
    static let maximumDepth = 24
    static let tooLargeMessage = "front matter is too large or too deeply nested (over \(maximumNodes) values or \(maximumDepth) levels)"

    /// Yams composes nodes recursively as libyaml parses them, so libyaml's own nesting limit (1000
    /// by default) is what bounds the stack: 1000 levels overflow the 512 KiB stacks of Dispatch
    /// workers (on macOS), where `KnowledgeBaseLoader` parses. Set once, for the whole process, to a
    /// depth well past `maximumDepth`, which `withinLimits` enforces with our own message.
    private static let parserNestingLimit: Void = yaml_set_max_nest_level(Int32(maximumDepth * 4))

    let root: Node.Mapping
    /// Added to a YAML line number to give the file's line number.
    let lineOffset: Int

    func position(of mark: Mark?) -> SourcePosition? {
        mark.map { SourcePosition(line: $0.line + lineOffset, column: $0.column) }
    }

    static func compose(_ frontMatter: FrontMatter, path: String) -> Result<YAMLDocument, Finding> {
        let lineOffset = frontMatter.yamlFirstLine - 1
        let yaml = frontMatter.yaml
        func at(_ line: Int, _ column: Int) -> SourcePosition { SourcePosition(line: line + lineOffset, column: column) }

        if let alias = YAMLLexicalChecks.anchorOrAlias(in: yaml) {
            return .failure(
                .error(
                    "anchors and aliases ('&\(alias.name)', '*\(alias.name)') are not allowed in front matter",
                    in: path, at: at(alias.line, alias.column)))
        }
        let node: Node?
        _ = parserNestingLimit
        do {
            // The basic resolver tags every scalar as text: Yams' default one runs up to seven regular
            // expressions per scalar and key comparison, most of the time of `check`. Typed fields are
            // decoded from the text by `FieldReader`, so nothing is lost.
            node = try Parser(yaml: yaml, resolver: .basic, encoding: .utf8).singleRoot()
        } catch let error as YamlError {
            // libyaml's message for a tab is cryptic ("found character that cannot start any token").
            if let tab = YAMLLexicalChecks.tabIndentation(in: yaml) {
                return .failure(
                    .error("tab used for indentation: YAML allows only spaces (replace the tab with spaces)", in: path, at: at(tab.line, tab.column)))
            }
            return .failure(finding(for: error, yaml: yaml, path: path, lineOffset: lineOffset))
        } catch {
            return .failure(.error("cannot read front matter: \(error)", in: path, at: .start))
        }
        guard let node, let root = node.mapping else {
            let position = node?.mark.map { at($0.line, $0.column) } ?? .start
            return .failure(.error("front matter must be a mapping of 'key: value' lines", in: path, at: position))
        }
        var budget = maximumNodes
        if !withinLimits(node, depth: 0, budget: &budget) {
            return .failure(.error(tooLargeMessage, in: path, at: .start))
        }
        return .success(YAMLDocument(root: root, lineOffset: lineOffset))
    }

    private static func withinLimits(_ node: Node, depth: Int, budget: inout Int) -> Bool {
        budget -= 1
        guard budget >= 0, depth <= maximumDepth else { return false }
        switch node {
        case .scalar, .alias: return true
        case .sequence(let items): return items.allSatisfy { withinLimits($0, depth: depth + 1, budget: &budget) }
        case .mapping(let pairs):
            return pairs.allSatisfy {
                withinLimits($0.key, depth: depth + 1, budget: &budget) && withinLimits($0.value, depth: depth + 1, budget: &budget)
            }
        }
    }

    /// Turns a Yams error into a finding at the file position it names.
    private static func finding(for error: YamlError, yaml: String, path: String, lineOffset: Int) -> Finding {
        func at(_ mark: Mark) -> SourcePosition { SourcePosition(line: mark.line + lineOffset, column: mark.column) }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            if problem.hasPrefix("Maximum nesting level") {
                // libyaml's own depth limit (`parserNestingLimit`), past ours: say so in our words, not libyaml's.
                return .error(tooLargeMessage, in: path, at: at(mark))
            }
            if let explanation = YAMLErrorExplanation.explain(
                problem: problem, context: context?.text, line: mark.line, column: mark.column,
                contextLine: context?.mark.line, in: yaml, lineOffset: lineOffset)
            {
                return .error(explanation.message, in: path, at: SourcePosition(line: explanation.line + lineOffset, column: explanation.column))
            }
            let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            var message = "YAML syntax error: \(what)"
            if let contextMark = context?.mark, contextMark.line != mark.line {
                message += " (the construct started at line \(contextMark.line + lineOffset))"
            }
            return .error(message, in: path, at: at(mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            // Yams names the first occurrence of the (alphabetically) first repeated key: point at its repetition.
            let names = duplicates.sorted()
            let first = context.mark
            let line = YAMLLexicalChecks.repeatedKeyLine(names.first ?? "", after: first.line, column: first.column, in: yaml)
            let keys = names.map { "'\($0)'" }.joined(separator: ", ")
            return .error(
                "duplicate key \(keys) (each key may appear once; the first is at line \(first.line + lineOffset))",
                in: path, at: line.map { SourcePosition(line: $0 + lineOffset, column: first.column) } ?? at(first))
        default:
            return .error("cannot read front matter: \(error)", in: path, at: .start)
        }
    }
}

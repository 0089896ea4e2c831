import Foundation
import Yams

/// Reads the typed fields of one YAML mapping, decoding each value with Yams' `YAMLDecoder` and
/// collecting every problem rather than stopping at the first, so that `check` reports all of them.
///
/// The reader remembers which keys were asked for: whatever else the mapping holds is an unknown key,
/// reported with a "did you mean" hint by `reportUnknownKeys()`.
final class FieldReader {
    /// State shared by the readers of one file.
    final class Context {
        let path: String
        let lineOffset: Int
        var findings: [Finding] = []
        let decoder: YAMLDecoder

        /// - Parameter decoder: shared by the files one worker reads: creating a `YAMLDecoder` reads
        ///   the process environment, which costs more than decoding a record.
        init(path: String, lineOffset: Int, decoder: YAMLDecoder) {
            self.path = path
            self.lineOffset = lineOffset
            self.decoder = decoder
        }

        func position(_ mark: Mark?) -> SourcePosition? {
            mark.map { SourcePosition(line: $0.line + lineOffset, column: $0.column) }
        }
    }

    let context: Context
    private let mapping: Node.Mapping
    private let values: [String: Node]
    /// How this mapping is named in messages: "" at the top, "stakeholders[2]." inside a list.
    private let keyPrefix: String
    private var askedKeys: [String] = []
    /// Where each key's value starts, for checks that run after parsing.
    let keyPositions: [String: SourcePosition]

    init(mapping: Node.Mapping, context: Context, keyPrefix: String = "") {
        self.mapping = mapping
        self.context = context
        self.keyPrefix = keyPrefix
        var positions: [String: SourcePosition] = [:]
        var values: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.string else { continue }
            values[name] = value
            if let position = context.position(value.mark ?? key.mark) { positions[name] = position }
        }
        keyPositions = positions
        self.values = values
    }

    /// The position of the mapping itself (where its first key starts).
    var position: SourcePosition? { context.position(mapping.mark) }

    func add(_ severity: Finding.Severity, _ message: String, at position: SourcePosition?) {
        context.findings.append(Finding(path: context.path, position: position ?? self.position, severity: severity, message: message))
    }

    private func node(for key: String) -> Node? {
        askedKeys.append(key)
        guard let value = values[key], !Self.isNull(value) else { return nil }
        return value
    }

    /// The value of `key`, or nil when it is absent, empty or invalid (then a finding says why).
    func optional<T: Decodable>(_ key: String, as type: T.Type = T.self) -> T? {
        guard let value = node(for: key) else { return nil }
        do {
            if T.self == Bool.self { return try decodeBool(value, key: key) as? T }
            return try decode(T.self, from: value)
        } catch let error as DecodingError {
            report(error, key: key, node: value, expected: T.self)
        } catch {
            add(.error, "'\(keyPrefix)\(key)': \(error)", at: context.position(value.mark))
        }
        return nil
    }

    /// Like `optional`, and a missing or empty value is an error.
    func required<T: Decodable>(_ key: String, as type: T.Type = T.self) -> T? {
        let present = values[key]
        let value: T? = optional(key)
        if let text = value as? String, text.allSatisfy(\.isWhitespace) {
            add(.error, "'\(keyPrefix)\(key)' is empty", at: keyPositions[key])
        } else if value == nil, present == nil {
            add(.error, "missing required key '\(keyPrefix)\(key)'", at: position)
        } else if value == nil, let present, Self.isNull(present) {
            add(.error, "'\(keyPrefix)\(key)' is empty", at: keyPositions[key])
        }
        return value
    }

    /// `required(key)`, with `fallback` standing in for a missing value so that parsing goes on.
    func required<T: Decodable>(_ key: String, fallback: T) -> T {
        required(key) ?? fallback
    }

    /// A list, empty when absent; every item remembers where it was written.
    func list<T: Decodable & Sendable & Hashable>(_ key: String, as type: T.Type = T.self) -> [Located<T>] {
        guard let value = node(for: key) else { return [] }
        guard case .sequence(let items) = value else {
            add(
                .error, "'\(keyPrefix)\(key)' must be a list, such as [a, b] or lines starting with '- '" + Self.dashHint(value),
                at: context.position(value.mark))
            return []
        }
        return decodeItems(items, key: key)
    }

    /// A single value or a list of them (`level: involve`, `level: [consult, involve]`), as a list.
    func wordOrList<T: Decodable & Sendable & Hashable>(_ key: String, as type: T.Type = T.self) -> [Located<T>] {
        guard let value = node(for: key) else { return [] }
        guard case .sequence(let items) = value else {
            return optional(key, as: T.self).map { [Located($0, at: context.position(value.mark))] } ?? []
        }
        return decodeItems(items, key: key)
    }

    /// Whether `key` is written with a value that is not null (an empty list `[]` counts as written).
    func isWritten(_ key: String) -> Bool {
        values[key].map { !Self.isNull($0) } ?? false
    }

    private func decodeItems<T: Decodable & Sendable & Hashable>(_ items: Node.Sequence, key: String) -> [Located<T>] {
        items.enumerated().compactMap { index, item in
            do {
                return Located(try decode(T.self, from: item), at: context.position(item.mark))
            } catch let error as DecodingError {
                report(error, key: "\(key)[\(index)]", node: item, expected: T.self)
            } catch {
                add(.error, "'\(keyPrefix)\(key)[\(index)]': \(error)", at: context.position(item.mark))
            }
            return nil
        }
    }

    /// A list of mappings (stakeholders, milestones...), each read by `read`.
    func mappings<T>(_ key: String, _ read: (FieldReader) -> T) -> [T] {
        guard let value = node(for: key) else { return [] }
        guard case .sequence(let items) = value else {
            add(.error, "'\(keyPrefix)\(key)' must be a list of entries starting with '- '" + Self.dashHint(value), at: context.position(value.mark))
            return []
        }
        return items.enumerated().compactMap { index, item in
            guard case .mapping(let itemMapping) = item else {
                add(.error, "'\(keyPrefix)\(key)[\(index)]' must be a mapping of 'key: value' lines", at: context.position(item.mark))
                return nil
            }
            let reader = FieldReader(mapping: itemMapping, context: context, keyPrefix: "\(keyPrefix)\(key)[\(index)].")
            defer { reader.reportUnknownKeys() }
            return read(reader)
        }
    }

    /// One nested mapping (the assessment, the programme...), read by `read`.
    func mapping<T>(_ key: String, _ read: (FieldReader) -> T) -> T? {
        guard let value = node(for: key) else { return nil }
        guard case .mapping(let nested) = value else {
            add(.error, "'\(keyPrefix)\(key)' must be a mapping of 'key: value' lines", at: context.position(value.mark))
            return nil
        }
        let reader = FieldReader(mapping: nested, context: context, keyPrefix: "\(keyPrefix)\(key).")
        defer { reader.reportUnknownKeys() }
        return read(reader)
    }

    /// An empty value, `~` or `null`, written without quotes.
    /// `-discover` under a key is text, not a list item: say that the dash needs a space after it.
    private static func dashHint(_ value: Node) -> String {
        guard let text = value.scalar?.string, text.hasPrefix("-"), let second = text.dropFirst().first, second != " " else { return "" }
        let item = text.dropFirst().prefix { $0 != " " }
        return " (put a space after each '-': '- \(item)')"
    }

    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// YAML's booleans, read from the text because the parser tags every scalar as text.
    private func decodeBool(_ node: Node, key: String) throws -> Bool {
        let text = try context.decoder.decode(String.self, from: node)
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            throw DecodingError.typeMismatch(Bool.self, .init(codingPath: [], debugDescription: "'\(text)' is not true or false"))
        }
    }

    /// Reports every key of the mapping that no one asked for.
    func reportUnknownKeys() {
        for (key, _) in mapping {
            guard let name = key.string, !askedKeys.contains(name) else {
                if key.string == nil { add(.error, "keys must be plain words, not lists or mappings", at: context.position(key.mark)) }
                continue
            }
            let hint = Suggestion.closest(to: name, among: askedKeys).map { " (did you mean '\(keyPrefix)\($0)'?)" } ?? ""
            add(.error, "unknown key '\(keyPrefix)\(name)'" + hint, at: context.position(key.mark))
        }
    }

    /// `node` decoded by Yams, but a whole number written with colons: Yams reads YAML 1.1's
    /// base-60 numbers ("190:20:30") with arithmetic that stops the program when it overflows
    /// (found by FuzzRecord: `strength: 88888888888888888:8888888815`), and no field here is one.
    private func decode<T: Decodable>(_ type: T.Type, from node: Node) throws -> T {
        if T.self == Int.self, let scalar = node.scalar, scalar.string.contains(":") {
            throw DecodingError.typeMismatch(T.self, .init(codingPath: [], debugDescription: "a base-60 number"))
        }
        return try context.decoder.decode(T.self, from: node)
    }

    private func report(_ error: DecodingError, key: String, node: Node, expected: Any.Type) {
        let name = "'\(keyPrefix)\(key)'"
        switch error {
        case .typeMismatch(let type, let errorContext), .valueNotFound(let type, let errorContext):
            let wanted = errorContext.codingPath.isEmpty ? expected : type
            let inner = Self.describe(errorContext.codingPath)
            add(.error, "\(name)\(inner) must be \(Self.expectation(for: wanted))", at: position(in: node, following: errorContext.codingPath))
        case .dataCorrupted(let errorContext):
            // Vocabulary and id messages name their field already ("unknown status ..."); a date's does not.
            let prefix = expected == Day.self ? "\(name): " : ""
            add(.error, prefix + errorContext.debugDescription, at: position(in: node, following: errorContext.codingPath))
        case .keyNotFound(let missing, let errorContext):
            add(.error, "\(name)\(Self.describe(errorContext.codingPath)) is missing '\(missing.stringValue)'", at: context.position(node.mark))
        @unknown default:
            add(.error, "\(name): \(error)", at: context.position(node.mark))
        }
    }

    private func position(in node: Node, following path: [any CodingKey]) -> SourcePosition? {
        var current = node
        for key in path {
            if let index = key.intValue, case .sequence(let items) = current, items.indices.contains(index) {
                current = items[index]
            } else if case .mapping(let nested) = current, let value = nested[key.stringValue] {
                current = value
            }
        }
        return context.position(current.mark)
    }

    private static func describe(_ path: [any CodingKey]) -> String {
        path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }

    private static func expectation(for type: Any.Type) -> String {
        if let described = type as? any FieldExpectation.Type { return described.expectation }
        let name = String(describing: type)
        if name.contains("Array") || name.contains("Sequence") { return "a list" }
        if name.contains("Dictionary") || name.contains("Mapping") { return "a mapping of 'key: value' lines" }
        return "a \(name.lowercased())"
    }
}

extension String: FieldExpectation { static var expectation: String { "text" } }
extension Int: FieldExpectation { static var expectation: String { "a whole number" } }
extension Bool: FieldExpectation { static var expectation: String { "true or false" } }
extension Day: FieldExpectation { static var expectation: String { "a date (YYYY-MM-DD)" } }
extension RecordID: FieldExpectation { static var expectation: String { "an id (a slug such as 'citizens-assembly')" } }
extension Array: FieldExpectation { static var expectation: String { "a list" } }
extension ParticipationLevel: FieldExpectation {
    static var expectation: String { "one of \(allowedWords.joined(separator: ", ")) or a list of them" }
}

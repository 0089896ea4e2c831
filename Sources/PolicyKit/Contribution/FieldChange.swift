/// One front matter key whose value differs between two versions of a record.
public struct FieldChange: Sendable, Hashable, Encodable {
    public enum Kind: String, Sendable, Encodable {
        case added, removed, changed
    }

    /// The top-level key, e.g. `status` or `verifications`.
    public var field: String
    public var kind: Kind
    /// The value before, as YAML text (a plain string for a scalar); nil when the key was added.
    public var old: String?
    /// The value after, as YAML text; nil when the key was removed.
    public var new: String?

    /// `status: active -> delivered`, `methods: changed`, `+ challenge: ...`, `- tags`.
    public var summary: String {
        switch kind {
        case .added: "+ \(field)" + (new.flatMap(Self.short).map { ": \($0)" } ?? "")
        case .removed: "- \(field)"
        case .changed:
            if let old = old.flatMap(Self.short), let new = new.flatMap(Self.short) { "\(field): \(old) -> \(new)" } else { "\(field): changed" }
        }
    }

    /// A one-line value short enough to print in a summary, or nil.
    private static func short(_ value: String) -> String? {
        value.contains("\n") || value.count > 60 ? nil : value
    }
}

/// How much of a record's Markdown body changed, in lines.
public struct BodyChange: Sendable, Hashable, Encodable {
    public var linesAdded: Int
    public var linesRemoved: Int

    /// `body: 3 lines added, 1 removed`.
    public var summary: String {
        "body: \(linesAdded) line\(linesAdded == 1 ? "" : "s") added, \(linesRemoved) removed"
    }

    /// The change between two bodies, counting lines as a multiset (moved lines do not count).
    static func between(_ old: String, _ new: String) -> BodyChange? {
        guard old != new else { return nil }
        var counts: [Substring: Int] = [:]
        for line in old.split(separator: "\n") where !line.allSatisfy(\.isWhitespace) { counts[line, default: 0] += 1 }
        var added = 0
        for line in new.split(separator: "\n") where !line.allSatisfy(\.isWhitespace) {
            if let count = counts[line], count > 0 { counts[line] = count - 1 } else { added += 1 }
        }
        let removed = counts.values.reduce(0, +)
        return added == 0 && removed == 0 ? nil : BodyChange(linesAdded: added, linesRemoved: removed)
    }
}

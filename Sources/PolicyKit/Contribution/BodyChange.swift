/// How much of a record's Markdown body changed, in lines.
public struct BodyChange: Sendable, Hashable, Encodable {
    /// Lines of the new body that the old one did not have.
    public var linesAdded: Int
    /// Lines of the old body that the new one no longer has.
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

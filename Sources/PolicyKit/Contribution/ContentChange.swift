import Foundation
import Yams

/// What changed in one record between two versions of its file.
public struct ContentChange: Sendable, Hashable, Encodable {
    /// The front matter keys whose values differ.
    public var fields: [FieldChange]
    /// How much the body changed; nil when it did not.
    public var body: BodyChange?
    /// Set when a version could not be read (bad front matter): then fields are not compared.
    public var unreadable: String?

    /// Compares two versions of the file at `path` (nil: the file does not exist on that side).
    static func between(_ old: [UInt8]?, _ new: [UInt8]?, path: String) -> ContentChange {
        let before = RecordContent(old, path: path)
        let after = RecordContent(new, path: path)
        if let problem = after.problem ?? before.problem {
            return ContentChange(fields: [], body: nil, unreadable: problem)
        }
        return ContentChange(
            fields: RecordContent.fieldChanges(from: before, to: after),
            body: BodyChange.between(before.body, after.body), unreadable: nil)
    }

    /// One line per change, for text output.
    public var summaries: [String] {
        fields.map(\.summary) + (body.map { [$0.summary] } ?? []) + (unreadable.map { ["unreadable: \($0)"] } ?? [])
    }
}

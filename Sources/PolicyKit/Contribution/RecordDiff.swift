import GitKit

/// One file a branch changes: a record compared field by field, or another file.
public struct RecordDiff: Sendable, Encodable {
    /// How a file changed on the branch.
    public enum Status: String, Sendable, Encodable {
        /// The file is new; it is gone; its content changed; it moved (maybe changing too).
        case added, removed, modified, renamed
    }

    /// `kind:id` for a record; nil for another file (settings, evidence file, anything else).
    public var record: String?
    /// Whether the file was added, removed, modified or renamed.
    public var status: Status
    /// The path on the branch (for a removed file: the path it had).
    public var path: String
    /// The path before a rename.
    public var previousPath: String?
    /// For a record: what changed (empty for other files).
    public var fields: [FieldChange]
    /// For a record: how much its body changed.
    public var body: BodyChange?
    /// For a record: why a version could not be read (bad front matter, not a file); its fields are then not compared.
    public var unreadable: String?
    /// `100644 -> 100755` when the file's mode (file, executable, link, submodule) changes.
    public var mode: String?

    /// The diff of one delta between two trees of `repository`.
    static func make(_ delta: TreeDelta, in repository: Repository) throws -> RecordDiff {
        let status: Status =
            switch delta.status {
            case .added: .added
            case .deleted: .removed
            case .modified: .modified
            case .renamed: .renamed
            }
        let record = reference(for: delta.path) ?? delta.oldPath.flatMap(reference)
        var diff = RecordDiff(
            record: record, status: status, path: delta.path,
            previousPath: delta.status == .renamed ? delta.oldPath : nil, fields: [], body: nil, unreadable: nil)
        if let old = delta.oldKind, let new = delta.newKind, old != new { diff.mode = "\(old.mode) -> \(new.mode)" }
        guard record != nil, status != .removed else { return diff }
        guard delta.newIsBlob, delta.oldKind.map({ $0 != .submodule && $0 != .tree }) ?? true else {
            diff.unreadable = "not a file (\(delta.newKind.map(\.rawValue) ?? "?")), so it is not read"
            return diff
        }
        let old = try delta.oldID.map { try repository.blob($0) }
        let new = try delta.newID.map { try repository.blob($0) }
        if status == .added {
            // An added record is listed whole; only a broken file is worth a word.
            diff.unreadable = RecordContent(new, path: delta.path).problem
            return diff
        }
        let content = ContentChange.between(old, new, path: delta.path)
        diff.fields = content.fields
        diff.body = content.body
        diff.unreadable = content.unreadable
        return diff
    }

    /// `kind:id` (`kind:project/id`) for a record path, nil for any other file.
    static func reference(for path: String) -> String? {
        guard case .record(let kind, let id, let project) = RecordLocation(path: path) else { return nil }
        return "\(kind.rawValue):" + (project.map { "\($0)/" } ?? "") + id
    }

    /// `+ method:crowdsourcing (toolkit/methods/crowdsourcing.md)` and an indented line per change.
    var lines: [String] {
        let mark =
            switch status {
            case .added: "+"
            case .removed: "-"
            case .modified: "~"
            case .renamed: ">"
            }
        var head = "\(mark) " + (record.map { "\($0) (\(path))" } ?? path)
        if let previousPath { head += ", renamed from \(previousPath)" }
        let details =
            (mode.map { ["mode: " + $0] } ?? []) + fields.map(\.summary) + (body.map { [$0.summary] } ?? [])
            + (unreadable.map { ["unreadable: \($0)"] } ?? [])
        return [head] + details.map { "    " + $0 }
    }
}

import Foundation
import GitKit

/// The commits that changed one record, newest first, following renames, with the fields each changed.
public struct RecordHistory: Sendable, Encodable {
    /// One commit that changed the record.
    public struct Entry: Sendable, Encodable {
        /// How the commit changed the record's file.
        public enum Change: String, Sendable, Encodable {
            /// The file appeared; its content changed; it moved; it was removed.
            case added, modified, renamed, deleted
        }

        /// The commit's id, in hexadecimal.
        public var commit: String
        /// The commit author's name.
        public var author: String
        /// The commit author's e-mail.
        public var email: String
        /// ISO 8601 with the author's offset, e.g. `2024-01-01T10:00:00+01:00`.
        public var date: String
        /// The commit's subject line.
        public var subject: String
        /// How the commit changed the record's file.
        public var change: Change
        /// The file's path in this commit.
        public var path: String
        /// The path before a rename.
        public var previousPath: String?
        /// The front matter keys the commit changed.
        public var fields: [FieldChange]
        /// How much of the body the commit changed.
        public var body: BodyChange?
        /// Why a version could not be read, when one could not; its fields are then not compared.
        public var unreadable: String?
    }

    /// `kind:id`.
    public var record: String
    /// The record's path at the revision asked about.
    public var path: String
    /// The commits that changed the record, newest first.
    public var entries: [Entry]
    /// Why the history cache was found damaged and rebuilt, if it was (for a one-line note; not in the JSON).
    public var cacheNote: String?

    enum CodingKeys: String, CodingKey { case record, path, entries }

    /// The history of the record `selector` names at `revision` (a commit), in the repository at `gitDirectory`.
    /// - Parameter limit: stop after this many entries.
    /// - Parameter useCache: use (and update) the repository's history cache (`RecordHistoryCache`);
    ///   the result is the same without it, only slower.
    public static func load(
        _ selector: RecordSelector, gitDirectory: String, revision: String = "HEAD", limit: Int? = nil,
        useCache: Bool = true
    ) throws -> RecordHistory {
        // Like `git log`, trust the object store while reading history: re-hashing every tree read costs most of the time.
        try GitLibrary.verifyObjectHashesOnRead(false)
        // A commit's trees are read again as its child's parent trees: keep large folders cached.
        try GitLibrary.cacheTrees(upTo: 4 << 20, total: 64 << 20)
        let repository = try Repository.open(at: gitDirectory)
        let start = try repository.resolveCommit(revision)
        let (path, reference) = try RecordPath.resolve(selector, in: repository, commit: start)
        var cacheNote: String?
        let index = useCache ? try RecordHistoryCache.index(for: repository, tip: start, note: &cacheNote) : nil
        var entries: [Entry] = []
        try repository.pathHistory(of: path, from: start, index: index) { change in
            entries.append(try entry(for: change, in: repository))
            return limit.map { entries.count < $0 } ?? true
        }
        return RecordHistory(record: reference, path: path, entries: entries, cacheNote: cacheNote)
    }

    private static func entry(for change: PathChange, in repository: Repository) throws -> Entry {
        let old = try change.previousBlob.map { try repository.blob($0) }
        let new = try change.blob.map { try repository.blob($0) }
        let content = ContentChange.between(old, new, path: change.path)
        let kind: Entry.Change =
            change.blob == nil
            ? .deleted
            : change.previousBlob == nil
                ? .added
                : change.previousPath != change.path ? .renamed : .modified
        let author = change.commit.author
        return Entry(
            commit: change.commit.id.hex, author: author.name, email: author.email, date: isoDate(author),
            subject: change.commit.summary, change: kind, path: change.path,
            previousPath: kind == .renamed ? change.previousPath : nil,
            fields: content.fields, body: content.body, unreadable: content.unreadable)
    }

    static func isoDate(_ signature: Signature) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(secondsFromGMT: signature.timeZoneOffsetMinutes * 60)
        return formatter.string(from: signature.date)
    }

    /// The history as text: one block per commit.
    public var text: String {
        var lines = ["history of \(record) (\(path)): \(entries.count) commit\(entries.count == 1 ? "" : "s")"]
        for entry in entries {
            lines.append("")
            lines.append("\(entry.commit.prefix(7)) \(entry.date.prefix(10)) \(entry.author) <\(entry.email)>  \(entry.subject)")
            switch entry.change {
            case .added: lines.append("    added \(entry.path)")
            case .deleted: lines.append("    deleted \(entry.path)")
            case .renamed: lines.append("    renamed from \(entry.previousPath ?? "?") to \(entry.path)")
            case .modified: break
            }
            if entry.change != .added {
                lines += (entry.fields.map(\.summary) + (entry.body.map { [$0.summary] } ?? [])).map { "    " + $0 }
            }
            if let unreadable = entry.unreadable { lines.append("    (front matter unreadable: \(unreadable))") }
        }
        return lines.joined(separator: "\n")
    }
}

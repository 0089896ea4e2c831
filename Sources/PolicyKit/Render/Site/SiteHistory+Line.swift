import Foundation
import GitKit
import Platform

extension SiteHistory {
    /// The commits of the first-parent line from `tip` that changed each of `paths`, newest
    /// first, read in one pass over the history cache instead of one walk per record. Paths for
    /// which the line does not tell the whole story (changed by a merge, whose own commits are
    /// on another line, or added by a commit that also deleted a file, which may be a rename) are
    /// returned in `others`, for `pathHistory` to follow.
    struct Line {
        var changes: [String: [ObjectID]] = [:]
        var others: Set<String> = []
        var commits: [ObjectID: Commit] = [:]
    }

    static func line(from tip: ObjectID, paths: Set<String>, index: ChangedPathIndex, in repository: Repository) throws -> Line? {
        var line = Line()
        var next: ObjectID? = tip
        while let id = next {
            guard let changed = index.changedPaths(of: id) else { return nil }
            let commit = try repository.commit(id)
            line.commits[id] = commit
            let wanted = changed.filter(paths.contains)
            if !wanted.isEmpty {
                if commit.parents.count > 1 {
                    line.others.formUnion(wanted)
                } else {
                    for path in wanted { line.changes[path, default: []].append(id) }
                    // A commit that deletes a file and adds another may be a rename, which only
                    // pathHistory follows; with no parent there is nothing to rename from.
                    if !commit.parents.isEmpty, try changed.contains(where: { try repository.entry(at: $0, inTree: commit.tree) == nil }) {
                        line.others.formUnion(wanted)
                    }
                }
            }
            next = commit.parents.first
        }
        for path in line.others { line.changes[path] = nil }
        return line
    }

    /// One record's dates from the commits of the line that changed it, newest first.
    static func dates(
        of path: String, changes: [ObjectID], commits: [ObjectID: Commit], in repository: Repository,
        digests: inout PublishedDigests, updates made: RecordUpdates
    ) throws -> RecordDates? {
        var updates: [RecordDates.Update] = []
        var shown: PublishedDigests.Digest?
        for id in changes.reversed() {
            guard let commit = commits[id] else { continue }
            guard let entry = try repository.entry(at: path, inTree: commit.tree), entry.kind == .blob || entry.kind == .executable else {
                // Deleted (or no longer a file): a record later created again here starts a new life.
                updates = []
                shown = nil
                continue
            }
            let content = try digests.digest(of: entry.id, path: path, in: repository)
            guard content != .unpublished else { continue }
            if content != shown {
                updates.append(made.update(commit))
                shown = content
            }
        }
        return RecordDates(updates: updates.reversed())
    }
}

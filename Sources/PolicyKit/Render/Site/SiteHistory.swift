import Foundation
import GitKit
import Platform

/// The dates of the site's record pages, read from git through the publication history
/// cache: for each record file, the commit that first published it and every
/// later commit that changed what its page shows (`PublishedContent`), up to the revision the
/// site is built from. A knowledge base that is not the root of a git repository has no dates.
enum SiteHistory {
    /// The dates by record path, for the files at `paths`.
    /// - Parameter redact: makes a commit's note fit to publish (no address, no private name).
    static func dates(source: KnowledgeBaseSource, paths: [String], redact: @escaping @Sendable (String) -> String) throws
        -> [String: RecordDates]
    {
        guard !paths.isEmpty, let (gitDirectory, tip) = try start(of: source) else { return [:] }
        try GitLibrary.verifyObjectHashesOnRead(false)
        try GitLibrary.cacheTrees(upTo: 4 << 20, total: 64 << 20)
        let repository = try Repository.open(at: gitDirectory)
        var note: String?
        let index = try RecordHistoryCache.index(for: repository, tip: tip, note: &note)
        // One pass along the first-parent line gives most records their commits; the others
        // (merged in, perhaps renamed) are followed one by one, as `history` does.
        let line = try index.flatMap { try Self.line(from: tip, paths: Set(paths), index: $0, in: repository) }
        let commits = line?.commits ?? [:]
        let changes = line?.changes ?? [:]
        let cache = PublishedDigests.load(for: repository)
        let shares = try ParallelRuns.map(paths.count, runs: ParallelRuns.runs(for: paths.count, minimumPerRun: 32, perCore: 4)) {
            range throws(any Error) in
            // One repository handle per run: libgit2 handles are not shared between threads.
            let repository = try Repository.open(at: gitDirectory)
            var dates: [String: RecordDates] = [:]
            var digests = cache
            let made = RecordUpdates(redact: redact)
            for path in paths[range] {
                let found =
                    if let changed = changes[path] {
                        try Self.dates(of: path, changes: changed, commits: commits, in: repository, digests: &digests, updates: made)
                    } else {
                        try Self.dates(of: path, in: repository, tip: tip, index: index, digests: &digests, updates: made)
                    }
                if let found { dates[path] = found }
            }
            return (dates, digests)
        }
        var dates: [String: RecordDates] = [:]
        var digests = cache
        for (share, learned) in shares {
            dates.merge(share) { first, _ in first }
            digests.merge(learned)
        }
        digests.saveIfChanged(for: repository)
        return dates
    }

    /// The most commits between two builds whose changed paths are read; past it every date is
    /// read again.
    static let maximumCommitsBetweenBuilds = 2_000

    /// The paths that commits after `old` up to `new` changed (against each of their parents),
    /// whose dates can differ between the two; nil when `new` does not descend from `old` (the
    /// history was rewritten) or too many commits lie between.
    static func pathsChanged(after old: ObjectID, upTo new: ObjectID, gitDirectory: String) throws -> Set<String>? {
        let repository = try Repository.open(at: gitDirectory)
        guard try repository.isDescendant(new, of: old) else { return nil }
        var paths = Set<String>()
        var commits = 0
        var tooMany = false
        try repository.walkHistory(from: new, hiding: [old]) { commit in
            commits += 1
            guard commits <= maximumCommitsBetweenBuilds else {
                tooMany = true
                return false
            }
            let parents = try commit.parents.map { try repository.commit($0).tree }
            for parent in parents.isEmpty ? [nil] : parents.map(Optional.some) {
                for delta in try repository.diffTrees(old: parent, new: commit.tree) {
                    if let path = delta.oldPath { paths.insert(path) }
                    if let path = delta.newPath { paths.insert(path) }
                }
            }
            return true
        }
        return tooMany ? nil : paths
    }

    /// The git directory and commit to read history from; nil when there is none.
    static func start(of source: KnowledgeBaseSource) throws -> (gitDirectory: String, tip: ObjectID)? {
        switch source {
        case .revision(let gitDirectory, let commit):
            return (gitDirectory, commit)
        case .directory(let root):
            // Only the repository whose working tree is this folder: a knowledge base copied into
            // another repository's folder must not take that repository's history.
            guard let repository = try? Repository.open(at: root), let tree = repository.workingDirectory,
                URL(fileURLWithPath: tree).standardizedFileURL.path == URL(fileURLWithPath: root).standardizedFileURL.path,
                let head = try? repository.resolveCommit("HEAD")
            else { return nil }
            return (repository.gitDirectory, head)
        }
    }

    /// One record's dates: oldest first, an update each time the published content changes.
    private static func dates(
        of path: String, in repository: Repository, tip: ObjectID, index: ChangedPathIndex?,
        digests: inout PublishedDigests, updates made: RecordUpdates
    ) throws -> RecordDates? {
        var changes: [PathChange] = []
        try repository.pathHistory(of: path, from: tip, index: index) { change in
            changes.append(change)
            return true
        }
        var updates: [RecordDates.Update] = []
        var shown: PublishedDigests.Digest?
        for change in changes.reversed() {
            guard let blob = change.blob else {
                // Deleted: a record later created again at this path starts a new life.
                updates = []
                shown = nil
                continue
            }
            let content = try digests.digest(of: blob, path: change.path, in: repository)
            guard content != .unpublished else { continue }
            if content != shown {
                updates.append(made.update(change.commit))
                shown = content
            }
        }
        return RecordDates(updates: updates.reversed())
    }
}

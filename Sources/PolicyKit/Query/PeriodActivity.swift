import GitKit

/// What git history says about a period: who contributed, and which lessons and methods were added
/// or changed, found by comparing the knowledge base at the period's start and end.
public struct PeriodActivity: Sendable {
    /// The period's first day.
    public var since: Day
    /// The period's last day.
    public var until: Day
    /// Commit authors in the period, by name (never their email).
    public var contributors: [String] = []
    /// Each contributor's commit e-mails (lowercased), only to recognise a stakeholder who asked not
    /// to be named: never published.
    public var contributorEmails: [String: Set<String>] = [:]
    /// How many commits were made in the period.
    public var commitCount = 0
    /// The commit the period ends on, nil when the repository had no commit by then.
    public var endCommit: ObjectID?
    /// The last commit before the period starts, nil when the history begins within it.
    public var startCommit: ObjectID?
    /// Record files added in the period (absent at its start, present at its end).
    public var newPaths: Set<String> = []
    /// Record files changed in the period (present at both ends, with different content).
    public var changedPaths: Set<String> = []

    /// Walks the history of `head`; `paths` are the record files whose changes matter.
    public init(repository: Repository, head: ObjectID, since: Day, until: Day, paths: [String]) throws {
        self.since = since
        self.until = until
        var authors: [String: Int] = [:]
        try repository.walkHistory(from: head) { commit in
            let day = Day(commit.committer.date, offsetMinutes: commit.committer.timeZoneOffsetMinutes)
            if day > until { return true }
            if endCommit == nil { endCommit = commit.id }
            if day < since {
                startCommit = commit.id
                return false
            }
            commitCount += 1
            authors[commit.author.name, default: 0] += 1
            contributorEmails[commit.author.name, default: []].insert(commit.author.email.lowercased())
            return true
        }
        contributors = authors.keys.sorted()
        guard let endCommit else { return }
        let endTree = try repository.commit(endCommit).tree
        let startTree = try startCommit.map { try repository.commit($0).tree }
        for path in paths {
            guard let after = try repository.entry(at: path, inTree: endTree) else { continue }
            let before = try startTree.flatMap { try repository.entry(at: path, inTree: $0) }
            if before == nil { newPaths.insert(path) } else if before?.id != after.id { changedPaths.insert(path) }
        }
    }
}

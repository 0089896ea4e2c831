import Foundation
import GitKit

/// When a record's page was published and last changed, and every change a reader would see,
/// from git: what the page shows as "Published", "Last updated" and "See all updates", and what
/// the feed and the sitemap give as its dates.
struct RecordDates: Sendable, Equatable {
    /// One commit that published or changed the record's published content.
    struct Update: Sendable, Equatable, Codable {
        /// The commit's author date as a UTC timestamp (`2024-01-01T10:00:00Z`), for the feed and sitemap.
        var timestamp: String
        /// The day in the author's time zone (`YYYY-MM-DD`).
        var day: String
        /// The day in words ("1 November 2023").
        var words: String
        /// The commit's `Policylab-Note:` trailer, else its subject; made fit to publish.
        var note: String
    }

    /// Every update, newest first; the last one is the first publication. (Stored, as the
    /// other two, because templates read stored properties.)
    let updates: [Update]
    let published: Update
    /// The newest change after the first publication; nil when there was none.
    let lastUpdated: Update?

    /// Dates from `updates`, newest first; nil when there is none.
    init?(updates: [Update]) {
        guard let first = updates.last else { return nil }
        self.updates = updates
        published = first
        lastUpdated = updates.count > 1 ? updates.first : nil
    }

    /// The dates with their days in words in `language` ("1er novembre 2023" in French); the
    /// notes stay as the commits wrote them.
    func localized(into language: String) -> RecordDates {
        guard language == "fr" else { return self }
        let updates = updates.map { update in
            var update = update
            if let day = Day(update.day) { update.words = FrenchPostWording.date(day) }
            return update
        }
        return RecordDates(updates: updates) ?? self
    }

    /// The newest update, for the feed's `updated` and the sitemap's `lastmod`.
    var latest: Update { lastUpdated ?? published }

    /// The update made by `commit`, with `note` already fit to publish.
    static func update(_ commit: Commit, note: String) -> Update {
        let author = commit.author
        let utc = ISO8601DateFormatter()
        utc.timeZone = TimeZone(secondsFromGMT: 0)
        let local = Calendar(identifier: .gregorian)
        var calendar = local
        calendar.timeZone = TimeZone(secondsFromGMT: author.timeZoneOffsetMinutes * 60) ?? .gmt
        let parts = calendar.dateComponents([.year, .month, .day], from: author.date)
        let (year, month, day) = (parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
        return Update(
            timestamp: utc.string(from: author.date),
            day: String(format: "%04d-%02d-%02d", year, month, day),
            words: "\(day) \(monthNames[max(0, min(11, month - 1))]) \(year)", note: note)
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]

    /// The note of a commit: its `Policylab-Note:` trailer when it has one, else its subject.
    static func note(of commit: Commit) -> String {
        let trailer = commit.message.split(separator: "\n", omittingEmptySubsequences: false)
            .last { $0.hasPrefix("Policylab-Note:") }
            .map { $0.dropFirst("Policylab-Note:".count).trimmingCharacters(in: .whitespaces) }
        if let trailer, !trailer.isEmpty { return trailer }
        return commit.summary
    }
}

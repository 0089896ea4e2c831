import GitKit

/// The updates of the commits a build meets, each made once: a commit dates many record pages
/// (the first commit of a knowledge base, every one of them), and making its update means
/// redacting its note against every withheld name and contact of the knowledge base, which
/// dominated a dated build when it was done for every page. One per worker: not shared between
/// threads.
final class RecordUpdates {
    private let redact: (String) -> String
    private var made: [ObjectID: RecordDates.Update] = [:]

    /// Updates whose notes `redact` makes fit to publish.
    init(redact: @escaping (String) -> String) { self.redact = redact }

    /// The update `commit` made, its note made fit to publish.
    func update(_ commit: Commit) -> RecordDates.Update {
        if let update = made[commit.id] { return update }
        let update = RecordDates.update(commit, note: redact(RecordDates.note(of: commit)))
        made[commit.id] = update
        return update
    }
}

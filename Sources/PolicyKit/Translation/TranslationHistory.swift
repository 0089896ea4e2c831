import GitKit
import Yams

/// What changed in a record since its translation was made, from the record's git history: the
/// newest version whose translatable text has the translation's `translation_of`, and the texts
/// that differ from it now.
public struct TranslationHistory: Sendable, Hashable, Encodable {
    /// The commit of the version the translation translates.
    public var commit: String
    /// Its author date, `YYYY-MM-DD`.
    public var date: String
    /// The commits that changed the record since.
    public var commitsSince: Int
    /// The key paths of the texts changed since (`summary`, `milestones.2.measure`, `body`).
    public var changed: [String]

    enum CodingKeys: String, CodingKey { case commit, date, commitsSince = "commits_since", changed }

    /// The walk stops after this many commits of the record.
    static let maximumCommits = 500

    /// The history of `translation`'s source up to `start`, or nil when no version of it has that digest.
    public static func of(_ translation: Translation, current: Record, repository: Repository, from start: ObjectID) throws -> TranslationHistory? {
        guard let wanted = translation.translationOf, TranslationDigest.isDigest(wanted) else { return nil }
        let now = current.translatableTexts
        let decoder = YAMLDecoder()
        var found: TranslationHistory?
        var seen = 0
        try repository.pathHistory(of: translation.sourcePath, from: start) { change in
            seen += 1
            guard let blob = change.blob else { return seen < maximumCommits }
            let file = SourceFile(path: change.path, kind: .regular, blob: blob)
            guard case .record(let kind, let id, let project) = KnowledgeBaseLoader.role(of: file),
                let record = RecordParser.parse(
                    try repository.blob(blob), path: change.path, kind: kind, fileID: id, project: project,
                    keepBody: true, decoder: decoder
                ).record
            else { return seen < maximumCommits }
            let texts = record.translatableTexts
            guard TranslationDigest.of(texts) == wanted else { return seen < maximumCommits }
            let then = Dictionary(texts.map { ($0.key, $0.normalized) }, uniquingKeysWith: { first, _ in first })
            let keys = Set(now.map(\.key)).union(then.keys)
            let nowByKey = Dictionary(now.map { ($0.key, $0.normalized) }, uniquingKeysWith: { first, _ in first })
            let order = now.map(\.key) + texts.map(\.key).filter { nowByKey[$0] == nil }
            let changed = order.filter { keys.contains($0) && nowByKey[$0] != then[$0] }
            found = TranslationHistory(
                commit: change.commit.id.hex, date: String(RecordHistory.isoDate(change.commit.author).prefix(10)),
                commitsSince: seen - 1, changed: changed)
            return false
        }
        return found
    }

    /// The clause a stale finding ends with.
    public var summary: String {
        let fields = changed.isEmpty ? "nothing translatable (the change is not committed yet)" : changed.joined(separator: ", ")
        return "it translates the version of \(commit.prefix(7)) (\(date)); changed since: \(fields)"
    }

    /// `findings` with each stale translation's finding telling what changed since, from the
    /// repository at `gitDirectory` read from `revision`.
    public static func explaining(_ findings: [Finding], in kb: KnowledgeBase, gitDirectory: String, revision: String = "HEAD") -> [Finding] {
        guard findings.contains(where: { $0.message.hasPrefix("stale: ") }),
            let repository = try? Repository.open(at: gitDirectory), let start = try? repository.resolveCommit(revision)
        else { return findings }
        let byPath = Dictionary(kb.translations.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        return findings.map { finding in
            guard finding.message.hasPrefix("stale: "), let translation = byPath[finding.path], let source = kb.source(of: translation) else {
                return finding
            }
            var explained = finding
            if let history = try? of(translation, current: source, repository: repository, from: start) {
                explained.message += "; " + history.summary
            } else {
                explained.message += "; no committed version of the source has that translation_of"
            }
            return explained
        }
    }
}
